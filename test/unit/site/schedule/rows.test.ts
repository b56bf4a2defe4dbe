import { describe, expect, it } from 'vitest'

import type { ScheduleEntry } from '@/payload-types'
import { groupByDay, toRow } from '@/site/schedule/rows'
import { isoDate } from '@/site/schedule/week'

let n = 0
const entry = (over: Partial<ScheduleEntry>): ScheduleEntry => ({
  id: `e${++n}`,
  date: '2026-11-30T12:00:00.000Z',
  session: 'sang',
  content: 'x',
  createdAt: `2026-11-20T00:00:0${n}.000Z`,
  updatedAt: '2026-11-20T00:00:00.000Z',
  ...over,
})

describe('schedule rows', () => {
  it('groups a week into seven days, Monday first, entries in the order of the day', () => {
    const rows = [
      entry({ content: 'tối', session: 'toi', startTime: '19:30' }),
      entry({ content: 'chiều 14:00', session: 'chieu', startTime: '14:00' }),
      entry({ content: 'sáng 09:00', startTime: '09:00' }),
      entry({ content: 'sáng không giờ' }),
      entry({ content: 'sáng 07:30', startTime: '07:30' }),
      entry({ content: 'chủ nhật', date: '2026-12-06T12:00:00.000Z' }),
    ].map(toRow)
    const days = groupByDay({ year: 2026, week: 49 }, rows)
    expect(days.map((d) => isoDate(d.day))).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
    expect(days[0]!.rows.map((r) => r.content)).toEqual([
      'sáng không giờ',
      'sáng 07:30',
      'sáng 09:00',
      'chiều 14:00',
      'tối',
    ])
    expect(days[1]!.rows).toEqual([])
    expect(days[6]!.rows.map((r) => r.content)).toEqual(['chủ nhật'])
  })

  it('flattens the leader and takes the day in Vietnam time', () => {
    const row = toRow(
      entry({
        // 00:30 on Tuesday in Vietnam.
        date: '2026-11-30T17:30:00.000Z',
        chairedBy: {
          id: 'l1',
          name: 'Nguyễn Văn Thành',
          position: 'Bí thư',
          slug: 'nguyen-van-thanh',
          createdAt: '',
          updatedAt: '',
        },
      }),
    )
    expect(isoDate(row.day)).toBe('2026-12-01')
    expect(row.chairedBy).toEqual({
      name: 'Nguyễn Văn Thành',
      position: 'Bí thư',
      slug: 'nguyen-van-thanh',
    })
    expect(toRow(entry({ chairedBy: 'l1' })).chairedBy).toBeNull()
    expect(toRow(entry({ startTime: '8h' })).startTime).toBeNull()
  })
})
