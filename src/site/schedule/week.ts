/*
 * ISO 8601 weeks (Monday to Sunday, week 1 holds the year's first Thursday) in Vietnam time, for
 * the weekly work schedule (/lich-cong-tac?tuan=2026-W48). Pure functions: calendar days are
 * plain { year, month, day } values computed with UTC arithmetic, so nothing depends on the
 * server's time zone; instants are converted with Vietnam's fixed UTC+7 offset.
 */
import { VIETNAM_OFFSET_MS } from '@/lib/vietnam-time'

export interface IsoWeek {
  year: number
  week: number
}

export interface CalendarDay {
  year: number
  /** 1–12 */
  month: number
  day: number
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Weeks outside these years are refused as input: nobody plans a schedule there. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

const utcOf = (d: CalendarDay): number => Date.UTC(d.year, d.month - 1, d.day)

const dayOfUtc = (ms: number): CalendarDay => {
  const date = new Date(ms)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDay): number {
  return ((new Date(utcOf(d)).getUTCDay() + 6) % 7) + 1
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return dayOfUtc(utcOf(d) + days * DAY_MS)
}

/** The ISO week a calendar day belongs to (29/12/2025 is in 2026-W01; 1/1/2027 in 2026-W53). */
export function isoWeekOf(d: CalendarDay): IsoWeek {
  // The Thursday of the day's week decides the week-numbering year.
  const thursday = addDays(d, 4 - isoWeekday(d))
  const jan1 = Date.UTC(thursday.year, 0, 1)
  const week = Math.floor((utcOf(thursday) - jan1) / DAY_MS / 7) + 1
  return { year: thursday.year, week }
}

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function weeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week
}

/** Monday of an ISO week (4 January is always in week 1). */
export function mondayOf(w: IsoWeek): CalendarDay {
  const jan4 = { year: w.year, month: 1, day: 4 }
  return addDays(jan4, (w.week - 1) * 7 - (isoWeekday(jan4) - 1))
}

/** The seven days, Monday first. */
export function daysOf(w: IsoWeek): CalendarDay[] {
  const monday = mondayOf(w)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

export function addWeeks(w: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOf(addDays(mondayOf(w), weeks * 7))
}

/** `2026-W48` */
export function formatIsoWeek(w: IsoWeek): string {
  return `${pad(w.year, 4)}-W${pad(w.week)}`
}

const WEEK_PATTERN = /^(\d{4})-?W(\d{1,2})$/i

/**
 * `2026-W48` (also `2026-w48`, `2026W48`, `2026-W4`) → the week; null for anything else,
 * including week 53 of a 52-week year and years outside MIN_YEAR..MAX_YEAR.
 */
export function parseIsoWeek(input: string | null | undefined): IsoWeek | null {
  const m = WEEK_PATTERN.exec((input ?? '').trim())
  if (!m) return null
  const year = Number(m[1])
  const week = Number(m[2])
  if (year < MIN_YEAR || year > MAX_YEAR) return null
  if (week < 1 || week > weeksInYear(year)) return null
  return { year, week }
}

/** The calendar day in Vietnam of an instant. */
export function vietnamDayOf(instant: Date): CalendarDay {
  return dayOfUtc(instant.getTime() + VIETNAM_OFFSET_MS)
}

/** The ISO week that is current in Vietnam at `now`. */
export function currentWeek(now: Date = new Date()): IsoWeek {
  return isoWeekOf(vietnamDayOf(now))
}

/** UTC instant of 00:00 Vietnam time on a day. */
export function startOfVietnamDay(d: CalendarDay): Date {
  return new Date(utcOf(d) - VIETNAM_OFFSET_MS)
}

/** [Monday 00:00, next Monday 00:00) in Vietnam time, as UTC instants. */
export function weekBounds(w: IsoWeek): { start: Date; end: Date } {
  const monday = mondayOf(w)
  return { start: startOfVietnamDay(monday), end: startOfVietnamDay(addDays(monday, 7)) }
}

/** UTC instant of a wall-clock time (HH:mm) in Vietnam on a day. */
export function vietnamInstant(d: CalendarDay, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number)
  return new Date(startOfVietnamDay(d).getTime() + ((h ?? 0) * 60 + (m ?? 0)) * 60_000)
}

export const sameDay = (a: CalendarDay, b: CalendarDay): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day

/** `2026-11-30` */
export const isoDate = (d: CalendarDay): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`

/** `30/11` and `30/11/2026`, as schedules print them. */
export const shortDate = (d: CalendarDay): string => `${pad(d.day)}/${pad(d.month)}`
export const longDate = (d: CalendarDay): string => `${shortDate(d)}/${d.year}`

const WEEKDAY_NAMES = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']

/** `Thứ Hai` … `Chủ Nhật` */
export function weekdayName(d: CalendarDay): string {
  return WEEKDAY_NAMES[isoWeekday(d) - 1] ?? ''
}
