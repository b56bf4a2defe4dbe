/**
 * Report months are Vietnam calendar months (Asia/Ho_Chi_Minh, UTC+7 all year since 1975, no
 * daylight saving): an article published at 23:30 on 30 November in Hà Nội (16:30 UTC) counts
 * for November, one published at 00:10 on 1 December (17:10 UTC on 30 November) for December.
 */
import { VIETNAM_OFFSET_MS } from '@/lib/vietnam-time'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export class MonthError extends Error {}

/** The instants bounding a `YYYY-MM` month in Vietnam time: `start <= t < end`. */
export function vietnamMonthRange(month: string): { start: Date; end: Date } {
  const match = MONTH.exec(month.trim())
  if (!match)
    throw new MonthError(`Tháng không hợp lệ: "${month}". Dùng dạng YYYY-MM, ví dụ 2026-11.`)
  const year = Number(match[1])
  const index = Number(match[2]) - 1
  const start = Date.UTC(year, index, 1) - VIETNAM_OFFSET_MS
  const end = Date.UTC(year, index + 1, 1) - VIETNAM_OFFSET_MS
  return { start: new Date(start), end: new Date(end) }
}

/** The `YYYY-MM` Vietnam month holding an instant. */
export function vietnamMonthOf(instant: Date | number | string): string {
  const ms = new Date(instant).getTime()
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 7)
}

/** The Vietnam month before the one holding `now`: the month a royalty run usually pays. */
export function previousVietnamMonth(now: Date = new Date()): string {
  const [year, month] = vietnamMonthOf(now).split('-').map(Number) as [number, number]
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`
}
