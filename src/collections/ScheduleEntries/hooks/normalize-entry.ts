import type { CollectionBeforeChangeHook } from 'payload'

import type { ScheduleEntry } from '@/payload-types'
import { sessionOf } from '@/site/schedule/sessions'
import { type CalendarDay, shortDate, vietnamDayOf, weekdayName } from '@/site/schedule/week'

/**
 * An entry is about a day in Vietnam. The admin's day picker sends 12:00 UTC of the chosen day
 * (Payload's convention for day-only dates, whatever the editor's time zone); API clients may
 * send `2026-11-30` (00:00 UTC) or midnight in Vietnam. All of them fall on the intended day in
 * Vietnam time, so the day is taken there and stored as 12:00 UTC of it: one instant per day,
 * shown as that day by the admin in any zone from UTC−11 to UTC+11, and inside the day's
 * Vietnam-time bounds that week queries use (19:00 in Vietnam).
 * Also writes the title the admin lists entries by.
 */
export const normalizeEntry: CollectionBeforeChangeHook<ScheduleEntry> = ({ data }) => {
  if (!data.date) return data
  const instant = new Date(data.date)
  if (Number.isNaN(instant.getTime())) return data
  const day: CalendarDay = vietnamDayOf(instant)
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day, 12)).toISOString()
  const when = [sessionOf(data.session).label, data.startTime].filter(Boolean).join(' ')
  const content = (data.content ?? '').replace(/\s+/g, ' ').trim()
  const short = content.length > 80 ? `${content.slice(0, 79)}…` : content
  const title = `${weekdayName(day)} ${shortDate(day)}/${day.year}, ${when}: ${short}`
  return { ...data, date, title }
}
