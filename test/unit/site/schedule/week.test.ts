import { describe, expect, it } from 'vitest'

import {
  addWeeks,
  currentWeek,
  daysOf,
  formatIsoWeek,
  isoDate,
  isoWeekOf,
  mondayOf,
  parseIsoWeek,
  vietnamInstant,
  weekBounds,
  weekdayName,
  weeksInYear,
} from '@/site/schedule/week'

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number]
  return { year, month, day: d }
}

describe('ISO weeks', () => {
  it('numbers days as ISO 8601 does, across year boundaries', () => {
    expect(formatIsoWeek(isoWeekOf(day('2026-11-29')))).toBe('2026-W48')
    expect(formatIsoWeek(isoWeekOf(day('2026-11-30')))).toBe('2026-W49')
    // 29/12/2025 is a Monday in the week holding 1/1/2026 (a Thursday): week 1 of 2026.
    expect(formatIsoWeek(isoWeekOf(day('2025-12-28')))).toBe('2025-W52')
    expect(formatIsoWeek(isoWeekOf(day('2025-12-29')))).toBe('2026-W01')
    // 2026 has 53 weeks; 1–3/1/2027 still belong to its week 53.
    expect(formatIsoWeek(isoWeekOf(day('2027-01-01')))).toBe('2026-W53')
    expect(formatIsoWeek(isoWeekOf(day('2027-01-03')))).toBe('2026-W53')
    expect(formatIsoWeek(isoWeekOf(day('2027-01-04')))).toBe('2027-W01')
    expect(formatIsoWeek(isoWeekOf(day('2021-01-03')))).toBe('2020-W53')
    expect(formatIsoWeek(isoWeekOf(day('2024-12-30')))).toBe('2025-W01')
  })

  it('knows which years have 53 weeks', () => {
    expect(weeksInYear(2026)).toBe(53)
    expect(weeksInYear(2020)).toBe(53)
    expect(weeksInYear(2032)).toBe(53)
    expect(weeksInYear(2025)).toBe(52)
    expect(weeksInYear(2027)).toBe(52)
  })

  it('gives Monday to Sunday of a week', () => {
    expect(isoDate(mondayOf({ year: 2026, week: 1 }))).toBe('2025-12-29')
    expect(isoDate(mondayOf({ year: 2026, week: 53 }))).toBe('2026-12-28')
    expect(isoDate(mondayOf({ year: 2027, week: 1 }))).toBe('2027-01-04')
    const days = daysOf({ year: 2026, week: 49 })
    expect(days.map(isoDate)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
    expect(days.map(weekdayName)).toEqual([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ Nhật',
    ])
  })

  it('steps weeks across year boundaries', () => {
    expect(formatIsoWeek(addWeeks({ year: 2026, week: 53 }, 1))).toBe('2027-W01')
    expect(formatIsoWeek(addWeeks({ year: 2027, week: 1 }, -1))).toBe('2026-W53')
    expect(formatIsoWeek(addWeeks({ year: 2025, week: 52 }, 1))).toBe('2026-W01')
    expect(formatIsoWeek(addWeeks({ year: 2026, week: 1 }, -1))).toBe('2025-W52')
    expect(formatIsoWeek(addWeeks({ year: 2026, week: 48 }, 0))).toBe('2026-W48')
  })
})

describe('parsing ?tuan=', () => {
  it('accepts ISO week strings and their common spellings', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ year: 2026, week: 48 })
    expect(parseIsoWeek('2026-w48')).toEqual({ year: 2026, week: 48 })
    expect(parseIsoWeek('2026W48')).toEqual({ year: 2026, week: 48 })
    expect(parseIsoWeek(' 2026-W5 ')).toEqual({ year: 2026, week: 5 })
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 })
  })

  it('refuses weeks that do not exist and anything else', () => {
    for (const bad of [
      '',
      'abc',
      '2026-W00',
      '2026-W54',
      '2025-W53',
      '2027-W53',
      '2026-W48x',
      '2026-48',
      '1999-W10',
      '2101-W01',
      '<script>alert(1)</script>',
      '2026-W4８',
      '9'.repeat(5000),
    ]) {
      expect(parseIsoWeek(bad), bad).toBeNull()
    }
    expect(parseIsoWeek(null)).toBeNull()
    expect(parseIsoWeek(undefined)).toBeNull()
  })

  it('formats what it parses back to the same string', () => {
    for (const week of ['2026-W01', '2026-W48', '2026-W53', '2027-W01', '2020-W53']) {
      expect(formatIsoWeek(parseIsoWeek(week)!)).toBe(week)
    }
  })
})

describe('Vietnam time', () => {
  it('turns to the next week at midnight in Vietnam, not in UTC', () => {
    // Sunday 29/11/2026 23:59:59 in Vietnam is 16:59:59 UTC.
    expect(formatIsoWeek(currentWeek(new Date('2026-11-29T16:59:59Z')))).toBe('2026-W48')
    expect(formatIsoWeek(currentWeek(new Date('2026-11-29T17:00:00Z')))).toBe('2026-W49')
    // New Year's Day in Vietnam while it is still 2026 in UTC.
    expect(formatIsoWeek(currentWeek(new Date('2027-01-03T17:00:00Z')))).toBe('2027-W01')
  })

  it('bounds a week from Monday 00:00 to the next Monday 00:00 in Vietnam', () => {
    const { start, end } = weekBounds({ year: 2026, week: 49 })
    expect(start.toISOString()).toBe('2026-11-29T17:00:00.000Z')
    expect(end.toISOString()).toBe('2026-12-06T17:00:00.000Z')
    const w53 = weekBounds({ year: 2026, week: 53 })
    expect(w53.start.toISOString()).toBe('2026-12-27T17:00:00.000Z')
    expect(w53.end.toISOString()).toBe('2027-01-03T17:00:00.000Z')
  })

  it('places a wall-clock time in Vietnam', () => {
    expect(vietnamInstant(day('2026-11-30'), '08:00').toISOString()).toBe(
      '2026-11-30T01:00:00.000Z',
    )
    expect(vietnamInstant(day('2026-12-01'), '05:30').toISOString()).toBe(
      '2026-11-30T22:30:00.000Z',
    )
  })
})
