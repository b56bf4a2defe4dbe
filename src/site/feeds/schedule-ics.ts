import type { Payload } from 'payload'

import type { Leader } from '@/payload-types'
import { findScheduleRows } from '@/site/data/schedule'
import { absoluteUrl, siteOrigin } from '@/site/env'
import { scheduleCalendar } from '@/site/schedule/ics'
import { addWeeks, currentWeek, formatIsoWeek, isoWeekOf, weekBounds } from '@/site/schedule/week'
import { urls } from '@/site/urls'

/*
 * The calendar feeds behind /lich-cong-tac.ics and /lich-cong-tac/<leader>.ics: published entries
 * from a few weeks back to half a year ahead (subscribers keep what they have already seen).
 */
export const FEED_WEEKS_BACK = 8
export const FEED_WEEKS_AHEAD = 26

export async function scheduleIcs(
  payload: Payload,
  options: { siteName: string; leader?: Leader | null; now?: Date },
): Promise<string> {
  const week = currentWeek(options.now)
  const start = weekBounds(addWeeks(week, -FEED_WEEKS_BACK)).start
  const end = weekBounds(addWeeks(week, FEED_WEEKS_AHEAD)).end
  const rows = await findScheduleRows(payload, { start, end, leaderId: options.leader?.id })
  const leader = options.leader
  return scheduleCalendar({
    name: leader
      ? `Lịch công tác: ${leader.name} — ${options.siteName}`
      : `Lịch công tác — ${options.siteName}`,
    description: leader
      ? `Lịch công tác tuần của đồng chí ${leader.name}, ${leader.position}`
      : `Lịch công tác tuần của lãnh đạo ${options.siteName}`,
    host: new URL(siteOrigin()).hostname,
    rows,
    pageUrl: (row) => absoluteUrl(urls.schedule(formatIsoWeek(isoWeekOf(row.day)))),
  })
}

/** iCalendar over HTTP; the page cache keeps it like the RSS feeds until the schedule changes. */
export function icsResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
    },
  })
}
