import type { Payload } from 'payload'

import { addDays, addWeeks, currentWeek, mondayOf, startOfVietnamDay } from '@/site/schedule/week'

import { DEMO_ENTRIES, DEMO_LEADERS } from './schedule'

/** Leaders and the work schedule around today; returns the number of entries. */
export async function seedSchedule(payload: Payload, now = new Date()): Promise<number> {
  const leaders: string[] = []
  for (const leader of DEMO_LEADERS) {
    const created = await payload.create({
      collection: 'leaders',
      data: { ...leader, _status: 'published' },
      overrideAccess: true,
    })
    leaders.push(created.id)
  }
  const week = currentWeek(now)
  for (const entry of DEMO_ENTRIES) {
    const day = addDays(mondayOf(addWeeks(week, entry.week)), entry.weekday)
    const { draft, chair, week: _week, weekday: _weekday, ...fields } = entry
    await payload.create({
      collection: 'schedule-entries',
      data: {
        ...fields,
        date: startOfVietnamDay(day).toISOString(),
        chairedBy: chair === undefined ? undefined : leaders[chair],
        _status: draft ? 'draft' : 'published',
      },
      draft: Boolean(draft),
      overrideAccess: true,
    })
  }
  return DEMO_ENTRIES.length
}
