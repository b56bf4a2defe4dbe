/*
 * The three sessions of a Vietnamese work day as schedules print them, with the office hours
 * used when an entry gives no start time and as the end of its calendar event.
 */
export const SESSIONS = [
  { value: 'sang', label: 'Sáng', start: '07:30', end: '11:30' },
  { value: 'chieu', label: 'Chiều', start: '13:30', end: '17:00' },
  { value: 'toi', label: 'Tối', start: '19:00', end: '21:00' },
] as const

export type SessionValue = (typeof SESSIONS)[number]['value']

export const SESSION_OPTIONS = SESSIONS.map(({ value, label }) => ({ value, label }))

export function sessionOf(value: string | null | undefined) {
  return SESSIONS.find((s) => s.value === value) ?? SESSIONS[0]
}

/** Sort key: sessions in the order of the day. */
export const sessionRank = (value: string | null | undefined): number =>
  Math.max(
    0,
    SESSIONS.findIndex((s) => s.value === value),
  )

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** `HH:mm` on a 24-hour clock (`08:00`, `14:30`). */
export const isTime = (value: string): boolean => TIME.test(value)

/** Minutes since midnight of `HH:mm`. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}
