// Dates as Vietnamese news portals print them, always in Vietnam time.
import { VIETNAM_OFFSET_MS, vietnamYear } from '@/lib/vietnam-time'

const WEEKDAYS = [
  'Chủ Nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const

const pad = (n: number): string => String(n).padStart(2, '0')

function vietnamParts(input: string | Date) {
  const date = typeof input === 'string' ? new Date(input) : input
  if (Number.isNaN(date.getTime())) return null
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS)
  return {
    weekday: WEEKDAYS[local.getUTCDay()] ?? '',
    day: pad(local.getUTCDate()),
    month: pad(local.getUTCMonth() + 1),
    year: String(local.getUTCFullYear()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  }
}

/** `Thứ Sáu, 22/11/2024 14:25 (GMT+7)`; empty string for a missing or invalid date. */
export function formatDateTimeVi(input: string | Date | null | undefined): string {
  if (!input) return ''
  const p = vietnamParts(input)
  if (!p) return ''
  return `${p.weekday}, ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute} (GMT+7)`
}

/** `22/11/2024` in Vietnam time. */
export function formatDateVi(input: string | Date | null | undefined): string {
  if (!input) return ''
  const p = vietnamParts(input)
  return p ? `${p.day}/${p.month}/${p.year}` : ''
}

/** Calendar year in Vietnam time, for facets and filters. */
export function yearVi(input: string | Date): number | null {
  const ts = (typeof input === 'string' ? new Date(input) : input).getTime()
  return Number.isNaN(ts) ? null : vietnamYear(ts)
}

/** UTC instant of 00:00 Vietnam time on a `YYYY-MM-DD` day (for date-range filters). */
export function startOfDayVi(isoDay: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  if (!m) return null
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number.isNaN(utc) ? null : new Date(utc - VIETNAM_OFFSET_MS)
}
