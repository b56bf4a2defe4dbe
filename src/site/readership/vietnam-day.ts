/**
 * Readership days are Vietnam calendar days (UTC+7 all year, no daylight saving), so "Hôm nay"
 * and the per-day chart match what a reader in Vietnam calls today, whatever the server's zone.
 */
const OFFSET_MS = 7 * 3600_000
const DAY_MS = 86_400_000

// The day last asked for and the instants it spans: a view is counted with a two-number
// comparison, and the string is made again only when an instant outside that day comes.
let dayStart = 0
let dayEnd = 0
let cachedDay = ''

/** `YYYY-MM-DD` of the Vietnam day holding the instant `ms` (remembered per day: hot path). */
export function vietnamDay(ms: number = Date.now()): string {
  // Written so that NaN fails the test and reaches toISOString, which throws as it always did.
  if (!(ms >= dayStart && ms < dayEnd)) {
    cachedDay = new Date(ms + OFFSET_MS).toISOString().slice(0, 10)
    dayStart = Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS
    dayEnd = dayStart + DAY_MS
  }
  return cachedDay
}

/** The Vietnam day `n` days before the one holding `ms` (n = 0: that day). */
export function vietnamDayBefore(n: number, ms: number = Date.now()): string {
  return vietnamDay(ms - n * DAY_MS)
}

/** Every day from `from` to `to` inclusive (both `YYYY-MM-DD`), oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  const end = Date.parse(`${to}T00:00:00Z`)
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 3660; t += DAY_MS)
    days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

export const isDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
