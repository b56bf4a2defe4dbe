/** Report months are Vietnam calendar months: the boundaries fall at 17:00 UTC the day before. */
import { describe, expect, it } from 'vitest'

import {
  MonthError,
  previousVietnamMonth,
  vietnamMonthOf,
  vietnamMonthRange,
} from '@/royalties/month'

describe('vietnamMonthRange', () => {
  it('starts at 00:00 on the 1st in Hà Nội (17:00 UTC the day before) and ends at the next month', () => {
    const { start, end } = vietnamMonthRange('2026-11')
    expect(start.toISOString()).toBe('2026-10-31T17:00:00.000Z')
    expect(end.toISOString()).toBe('2026-11-30T17:00:00.000Z')
  })

  it('rolls over the year in December and handles February of a leap year', () => {
    expect(vietnamMonthRange('2026-12').end.toISOString()).toBe('2026-12-31T17:00:00.000Z')
    expect(vietnamMonthRange('2028-02').end.toISOString()).toBe('2028-02-29T17:00:00.000Z')
    expect(vietnamMonthRange('2027-01').start.toISOString()).toBe('2026-12-31T17:00:00.000Z')
  })

  it('refuses anything but YYYY-MM with a Vietnamese message', () => {
    for (const bad of ['2026-13', '2026-1', '11-2026', '2026/11', '', 'tháng 11'])
      expect(() => vietnamMonthRange(bad), bad).toThrow(MonthError)
    expect(() => vietnamMonthRange('2026-00')).toThrow(/Tháng không hợp lệ/)
  })
})

describe('vietnamMonthOf', () => {
  it('puts 23:59 on 30 November in Hà Nội in November and 00:00 on 1 December in December', () => {
    expect(vietnamMonthOf('2026-11-30T16:59:59.999Z')).toBe('2026-11')
    expect(vietnamMonthOf('2026-11-30T17:00:00.000Z')).toBe('2026-12')
    expect(vietnamMonthOf('2026-10-31T16:59:59.999Z')).toBe('2026-10')
    expect(vietnamMonthOf('2026-10-31T17:00:00.000Z')).toBe('2026-11')
  })

  it('agrees with the range on both sides of each boundary', () => {
    const { start, end } = vietnamMonthRange('2026-11')
    expect(vietnamMonthOf(start)).toBe('2026-11')
    expect(vietnamMonthOf(start.getTime() - 1)).toBe('2026-10')
    expect(vietnamMonthOf(end.getTime() - 1)).toBe('2026-11')
    expect(vietnamMonthOf(end)).toBe('2026-12')
  })
})

describe('previousVietnamMonth', () => {
  it('is the month before the Vietnam month holding the instant', () => {
    // 30 Nov 20:00 UTC is already 1 December in Hà Nội.
    expect(previousVietnamMonth(new Date('2026-11-30T20:00:00Z'))).toBe('2026-11')
    expect(previousVietnamMonth(new Date('2026-11-30T10:00:00Z'))).toBe('2026-10')
    expect(previousVietnamMonth(new Date('2027-01-05T00:00:00Z'))).toBe('2026-12')
  })
})
