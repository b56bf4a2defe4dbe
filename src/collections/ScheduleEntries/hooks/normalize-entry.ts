import type { CollectionBeforeChangeHook } from 'payload'

import type { ScheduleEntry } from '@/payload-types'
import { sessionOf } from '@/site/schedule/sessions'
import {
  type CalendarDay,
  shortDate,
  startOfVietnamDay,
  vietnamDayOf,
  weekdayName,
} from '@/site/schedule/week'

const NOON_MS = 12 * 60 * 60 * 1000

/**
 * The admin's day picker sends midnight or noon of the chosen day in the editor's own time
 * zone. The entry is about a day in Vietnam, so the day is taken in Vietnam time and stored as
 * noon there: one fixed instant per day, which every admin between UTC−5 and UTC+12 shows as
 * the same day and which week queries (Monday 00:00 to Monday 00:00, Vietnam time) bracket.
 * Also writes the title the admin lists entries by.
 */
export const normalizeEntry: CollectionBeforeChangeHook<ScheduleEntry> = ({ data }) => {
  if (!data.date) return data
  const instant = new Date(data.date)
  if (Number.isNaN(instant.getTime())) return data
  const day: CalendarDay = vietnamDayOf(instant)
  const date = new Date(startOfVietnamDay(day).getTime() + NOON_MS).toISOString()
  const when = [sessionOf(data.session).label, data.startTime].filter(Boolean).join(' ')
  const content = (data.content ?? '').replace(/\s+/g, ' ').trim()
  const short = content.length > 80 ? `${content.slice(0, 79)}…` : content
  const title = `${weekdayName(day)} ${shortDate(day)}/${day.year}, ${when}: ${short}`
  return { ...data, date, title }
}
