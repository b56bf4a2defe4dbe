/**
 * The period a readership report covers, from `?from=YYYY-MM-DD&to=YYYY-MM-DD` (Vietnam days):
 * by default the last 30 days, at most 366 days; bad input is a 400 with a Vietnamese message.
 */
import { daysBetween, isDay, vietnamDayBefore } from '@/site/readership/vietnam-day'

export class PeriodError extends Error {}

const MAX_DAYS = 366

export function reportPeriod(params: URLSearchParams): { from: string; to: string } {
  const rawFrom = params.get('from') || ''
  const rawTo = params.get('to') || ''
  if (rawFrom && !isDay(rawFrom)) throw new PeriodError('Ngày bắt đầu không hợp lệ (YYYY-MM-DD).')
  if (rawTo && !isDay(rawTo)) throw new PeriodError('Ngày kết thúc không hợp lệ (YYYY-MM-DD).')
  const to = rawTo || vietnamDayBefore(0)
  const from = rawFrom || vietnamDayBefore(29, Date.parse(`${to}T12:00:00+07:00`))
  if (from > to) throw new PeriodError('Ngày bắt đầu phải trước ngày kết thúc.')
  if (daysBetween(from, to).length > MAX_DAYS)
    throw new PeriodError(`Khoảng thời gian tối đa ${MAX_DAYS} ngày.`)
  return { from, to }
}
