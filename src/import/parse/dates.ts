// Date forms seen on provincial portals. Everything is Vietnam time: the output always carries
// +07:00 and is built from the wall-clock numbers, never through the machine's time zone.
import { VIETNAM_OFFSET_MS } from '@/lib/vietnam-time'

const pad = (n: number): string => String(n).padStart(2, '0')

export function isoVietnam(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): string | undefined {
  if (
    year < 1945 ||
    year > 2100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return undefined
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+07:00`
}

const WEEKDAY = /^(thứ\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*[,\-|]?\s*/iu
const LEAD = /^(cập nhật|ngày đăng|đăng ngày|ngày cập nhật|đăng lúc|xuất bản|ngày)\s*:?\s*/iu
const TAIL =
  /\s*([([]\s*gmt\s*\+?\s*0?7(:00)?\s*[)\]]|gmt\s*\+\s*0?7|a\s+a|\|\s*(lượt xem|đã xem)\s*:?\s*[\d.,]*)\s*$/iu
const D_M_Y = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/
const Y_M_D = /^(\d{4})-(\d{2})-(\d{2})/
const TIME = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*(sa|ch|am|pm))?/iu
const SEP = /^\s*[|,\-–]?\s*(lúc\s*)?/iu

/**
 * A whole line that is only a date (and maybe a weekday, a time, a GMT note and font-size
 * buttons): `Thứ 4, 29/09/2021 | 07:55:42 [GMT +7] A A`, `13-07-2023 13:45`, `14:25 22/11/2024`.
 */
export function parseDateLine(line: string): string | undefined {
  let s = line.trim().replace(LEAD, '').replace(WEEKDAY, '')
  for (let i = 0; i < 3; i++) s = s.replace(TAIL, '')
  let time: RegExpMatchArray | null = s.match(TIME)
  if (time) s = s.slice(time[0].length).replace(SEP, '')
  const date = s.match(D_M_Y) ?? s.match(Y_M_D)
  if (!date) return undefined
  const ymd =
    date[0].length === 10 && date[0].charAt(4) === '-'
      ? [date[1], date[2], date[3]]
      : [date[3], date[2], date[1]]
  s = s.slice(date[0].length).replace(SEP, '')
  if (!time) {
    time = s.match(TIME)
    if (time) s = s.slice(time[0].length)
  }
  if (s.replace(/^[T\s]+|\s*(giờ|\+07:?00|z)\s*$/giu, '').trim() !== '') return undefined
  let hour = Number(time?.[1] ?? 0)
  const ampm = time?.[4]?.toLowerCase()
  if ((ampm === 'ch' || ampm === 'pm') && hour < 12) hour += 12
  const [y, mo, d] = ymd.map(Number)
  return isoVietnam(y ?? 0, mo ?? 0, d ?? 0, hour, Number(time?.[2] ?? 0), Number(time?.[3] ?? 0))
}

/** `ngày 10 tháng 7 năm 2024` anywhere in a string. */
export function parseLongDate(text: string): { y: number; mo: number; d: number } | undefined {
  const m = text.match(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu)
  if (!m) return undefined
  return { y: Number(m[3]), mo: Number(m[2]), d: Number(m[1]) }
}

const PART_OF_DAY: Record<string, number> = { sáng: 8, trưa: 12, chiều: 14, tối: 19, đêm: 21 }

const LEAD_DATE =
  /^(?:[^,.]{0,40}\s[-–]\s)?(?:(sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay|qua|hôm nay))?(?:\s+ngày)?|ngày|hôm nay)\s*\(?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/iu

/** An explicit clock time in the same sentence: `lúc 15h30`, `15 giờ 30`, `9h`. */
function sentenceTime(sentence: string): { h: number; mi: number } | undefined {
  const m = sentence.match(
    /(?<![\d/.,])(\d{1,2})\s*(?:h|giờ)\s*(\d{2})?(?:\s*phút)?(?![\p{L}\d])/iu,
  )
  if (!m) return undefined
  const h = Number(m[1])
  return h < 24 ? { h, mi: Number(m[2] ?? 0) } : undefined
}

function yearNear(paragraph: string, fallbackText: string): number | undefined {
  // The latest year in the lead wins: anniversaries mention older ones (`27/7/1947 - 27/7/2022`).
  const own = [...paragraph.matchAll(/(?:năm|\/)\s*((?:19|20)\d{2})(?!\d)/gu)].map((m) =>
    Number(m[1]),
  )
  if (own.length) return Math.max(...own)
  const counts = new Map<number, number>()
  for (const m of fallbackText.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)) {
    const y = Number(m[1])
    counts.set(y, (counts.get(y) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0]
}

/**
 * The event date a news lead starts with: `Chiều 19/7, …`, `Ngày 12/7/2023, …`,
 * `Ngày 10 tháng 7 năm 2024, …`. Without a year the paragraph (else the whole text) supplies it;
 * a part of the day gives a conventional hour unless the sentence states the time.
 */
export function parseLeadDate(
  paragraph: string,
  wholeText: string,
): { iso: string; guessedYear: boolean } | undefined {
  const sentence = paragraph.split(/(?<=[.;])\s/)[0] ?? paragraph
  const long = /^ngày\s+\d/iu.test(paragraph) ? parseLongDate(paragraph.slice(0, 40)) : undefined
  if (long) {
    const t = sentenceTime(sentence)
    const iso = isoVietnam(long.y, long.mo, long.d, t?.h ?? 0, t?.mi ?? 0)
    return iso ? { iso, guessedYear: false } : undefined
  }
  const m = paragraph.match(LEAD_DATE)
  if (!m) return undefined
  const year = m[4] ? Number(m[4]) : yearNear(paragraph, wholeText)
  if (!year) return undefined
  const part = m[1]?.toLowerCase()
  const t = sentenceTime(sentence.slice(m[0].length))
  const hour = t?.h ?? (part ? (PART_OF_DAY[part] ?? 0) : 0)
  const iso = isoVietnam(year, Number(m[3]), Number(m[2]), hour, t?.mi ?? 0)
  return iso ? { iso, guessedYear: !m[4] } : undefined
}

/** meta article:published_time or <time datetime> → the same instant in Vietnam time. */
export function fromIsoInstant(value: string): string | undefined {
  const trimmed = value.trim()
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return undefined
  const hasZone = /(z|[+-]\d{2}:?\d{2})$/i.test(trimmed)
  const ms = Date.parse(
    hasZone ? trimmed : `${trimmed.length === 10 ? trimmed + 'T00:00:00' : trimmed}+07:00`,
  )
  if (Number.isNaN(ms)) return undefined
  const vn = new Date(ms + VIETNAM_OFFSET_MS)
  return isoVietnam(
    vn.getUTCFullYear(),
    vn.getUTCMonth() + 1,
    vn.getUTCDate(),
    vn.getUTCHours(),
    vn.getUTCMinutes(),
    vn.getUTCSeconds(),
  )
}
