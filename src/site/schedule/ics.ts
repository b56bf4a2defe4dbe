/*
 * The schedule as an iCalendar feed (RFC 5545) that calendar apps subscribe to, written by
 * ical-generator (which folds lines and escapes commas, semicolons, backslashes and newlines).
 * Times are UTC (`…Z`), so no VTIMEZONE is needed and every app shows them in its own zone.
 * UIDs come from the entry ids, so an edited entry updates the same event in the subscriber's
 * calendar; DTSTAMP and LAST-MODIFIED are the entry's last change, so the feed's bytes change
 * only when the schedule does.
 */
import icalGenerator, { ICalCalendarMethod } from 'ical-generator'

import type { ScheduleRow } from './rows'
import { minutesOf, sessionOf } from './sessions'
import { vietnamInstant } from './week'

export interface CalendarInput {
  /** Shown by calendar apps as the subscription's name. */
  name: string
  description?: string
  /** Host part of the UIDs (the site's host name). */
  host: string
  rows: ScheduleRow[]
  /** Link of an entry's week on the site. */
  pageUrl: (row: ScheduleRow) => string
}

const HOUR_MS = 60 * 60 * 1000

/**
 * Text as RFC 5545 allows it: no control character but tab and line break (ical-generator escapes
 * `,;\\` and line breaks, nothing else). A vertical tab or form feed, a word processor's line or
 * page break pasted into the admin, becomes a line break; the rest (NUL, BEL …) goes.
 */
export function calendarText(text: string): string {
  return text.replace(/[\u000b\u000c]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
}

const SUMMARY_MAX = 200

/** One line, at most SUMMARY_MAX characters, cut between code points (never inside an emoji). */
function summaryOf(content: string): string {
  const line = calendarText(content).replace(/\s+/g, ' ').trim()
  const chars = [...line]
  return chars.length > SUMMARY_MAX ? `${chars.slice(0, SUMMARY_MAX - 1).join('')}…` : line
}

/** When an entry starts and ends: its start time (else its session's), to the session's end. */
export function eventTimes(row: ScheduleRow): { start: Date; end: Date } {
  const session = sessionOf(row.session)
  const startTime = row.startTime ?? session.start
  const start = vietnamInstant(row.day, startTime)
  const end =
    minutesOf(session.end) > minutesOf(startTime)
      ? vietnamInstant(row.day, session.end)
      : new Date(start.getTime() + HOUR_MS)
  return { start, end }
}

function description(row: ScheduleRow): string {
  return calendarText(
    [
      row.content,
      row.chairedBy ? `Chủ trì: ${row.chairedBy.name} (${row.chairedBy.position})` : '',
      row.participants ? `Thành phần: ${row.participants}` : '',
      row.preparingUnit ? `Đơn vị chuẩn bị: ${row.preparingUnit}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  )
}

export function scheduleCalendar(input: CalendarInput): string {
  const calendar = icalGenerator({
    name: calendarText(input.name),
    description: input.description && calendarText(input.description),
    prodId: { company: input.host, product: 'lich-cong-tac', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps that honour it poll hourly.
    ttl: 60 * 60,
  })
  for (const row of input.rows) {
    const { start, end } = eventTimes(row)
    calendar.createEvent({
      id: `lich-cong-tac-${row.id}@${input.host}`,
      start,
      end,
      stamp: new Date(row.updatedAt),
      lastModified: new Date(row.updatedAt),
      created: new Date(row.createdAt),
      summary: summaryOf(row.content),
      description: description(row),
      location: calendarText(row.location) || null,
      url: input.pageUrl(row),
    })
  }
  return calendar.toString()
}
