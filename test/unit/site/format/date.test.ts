import { describe, expect, it } from 'vitest'

import { formatDateTimeVi, formatDateVi, startOfDayVi, yearVi } from '@/site/format/date'

describe('formatDateTimeVi', () => {
  it('prints the portal style in Vietnam time', () => {
    expect(formatDateTimeVi('2024-11-22T07:25:00Z')).toBe('Thứ Sáu, 22/11/2024 14:25 (GMT+7)')
  })

  it('rolls over to the next Vietnamese day late in the UTC evening', () => {
    expect(formatDateTimeVi('2024-11-23T17:05:00Z')).toBe('Chủ Nhật, 24/11/2024 00:05 (GMT+7)')
  })

  it('names every weekday', () => {
    const days = [18, 19, 20, 21, 22, 23, 24].map(
      (d) => formatDateTimeVi(`2024-11-${d}T03:00:00Z`).split(',')[0],
    )
    expect(days).toEqual([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ Nhật',
    ])
  })

  it('accepts Date objects and pads single digits', () => {
    expect(formatDateTimeVi(new Date(Date.UTC(2025, 0, 4, 1, 2)))).toBe(
      'Thứ Bảy, 04/01/2025 08:02 (GMT+7)',
    )
  })

  it('returns an empty string for missing or invalid input', () => {
    expect(formatDateTimeVi(null)).toBe('')
    expect(formatDateTimeVi(undefined)).toBe('')
    expect(formatDateTimeVi('not a date')).toBe('')
  })
})

describe('date helpers', () => {
  it('formats a bare date in Vietnam time', () => {
    expect(formatDateVi('2023-07-12T18:30:00Z')).toBe('13/07/2023')
  })

  it('gives the Vietnamese year and start of day', () => {
    expect(yearVi('2023-12-31T18:00:00Z')).toBe(2024)
    expect(startOfDayVi('2024-11-22')?.toISOString()).toBe('2024-11-21T17:00:00.000Z')
    expect(startOfDayVi('22/11/2024')).toBeNull()
  })
})
