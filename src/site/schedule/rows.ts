/*
 * Schedule entries as the site shows them: flattened (the leader's name and position instead of
 * a relation), in the order of the day (session, then start time), and grouped into the seven
 * days of the week. Pure, so the grouping and ordering are unit-tested without a database.
 */
import type { Leader, ScheduleEntry } from '@/payload-types'

import { isTime, minutesOf, sessionOf, sessionRank } from './sessions'
import { type CalendarDay, daysOf, isoDate, type IsoWeek, vietnamDayOf } from './week'

export interface ScheduleRow {
  id: string
  day: CalendarDay
  session: ScheduleEntry['session']
  sessionLabel: string
  /** `HH:mm`, or null when the entry gives none. */
  startTime: string | null
  content: string
  chairedBy: { name: string; position: string; slug: string | null } | null
  participants: string
  location: string
  preparingUnit: string
  updatedAt: string
  createdAt: string
}

export interface ScheduleDay {
  day: CalendarDay
  rows: ScheduleRow[]
}

const leaderOf = (value: ScheduleEntry['chairedBy']): Leader | null =>
  value && typeof value === 'object' ? value : null

export function toRow(entry: ScheduleEntry): ScheduleRow {
  const leader = leaderOf(entry.chairedBy)
  return {
    id: entry.id,
    day: vietnamDayOf(new Date(entry.date)),
    session: entry.session,
    sessionLabel: sessionOf(entry.session).label,
    // Drafts are saved unvalidated; a malformed time never reaches a page or a feed.
    startTime: entry.startTime && isTime(entry.startTime) ? entry.startTime : null,
    content: entry.content,
    chairedBy: leader
      ? { name: leader.name, position: leader.position, slug: leader.slug ?? null }
      : null,
    participants: entry.participants ?? '',
    location: entry.location ?? '',
    preparingUnit: entry.preparingUnit ?? '',
    updatedAt: entry.updatedAt,
    createdAt: entry.createdAt,
  }
}

/** Day, session, start time (entries without one first in their session), then creation. */
export function compareRows(a: ScheduleRow, b: ScheduleRow): number {
  return (
    isoDate(a.day).localeCompare(isoDate(b.day)) ||
    sessionRank(a.session) - sessionRank(b.session) ||
    (a.startTime ? minutesOf(a.startTime) : -1) - (b.startTime ? minutesOf(b.startTime) : -1) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  )
}

/** All seven days of the week, each with its rows in order (empty days included). */
export function groupByDay(week: IsoWeek, rows: ScheduleRow[]): ScheduleDay[] {
  const sorted = [...rows].sort(compareRows)
  return daysOf(week).map((day) => ({
    day,
    rows: sorted.filter((row) => isoDate(row.day) === isoDate(day)),
  }))
}
