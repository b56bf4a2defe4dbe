import { describe, expect, it } from 'vitest'

import { countedPage } from '@/site/readership/page-kind'
import { daysBetween, isDay, vietnamDay, vietnamDayBefore } from '@/site/readership/vietnam-day'

describe('Vietnam day bucketing', () => {
  it('puts 16:59:59 UTC on the same Vietnam day and 17:00 UTC on the next', () => {
    expect(vietnamDay(Date.parse('2026-11-29T16:59:59.999Z'))).toBe('2026-11-29')
    expect(vietnamDay(Date.parse('2026-11-29T17:00:00.000Z'))).toBe('2026-11-30')
  })
  it('remembers the day and still changes it exactly at Vietnam midnight, either way', () => {
    const at = (iso: string) => vietnamDay(Date.parse(iso))
    expect(at('2026-11-29T10:00:00.000Z')).toBe('2026-11-29')
    expect(at('2026-11-29T16:59:59.999Z')).toBe('2026-11-29')
    expect(at('2026-11-29T17:00:00.000Z')).toBe('2026-11-30')
    expect(at('2026-11-29T16:59:59.999Z')).toBe('2026-11-29')
    expect(at('2026-11-30T16:59:59.999Z')).toBe('2026-11-30')
    expect(at('2026-11-30T17:00:00.000Z')).toBe('2026-12-01')
    expect(at('2026-12-31T17:00:00.000Z')).toBe('2027-01-01')
    expect(at('1969-12-31T16:59:59.999Z')).toBe('1969-12-31')
    expect(at('1969-12-31T17:00:00.000Z')).toBe('1970-01-01')
    expect(() => vietnamDay(Number.NaN)).toThrow(RangeError)
  })
  it('counts back whole days and across month and year ends', () => {
    const t = Date.parse('2026-01-01T01:00:00+07:00')
    expect(vietnamDayBefore(0, t)).toBe('2026-01-01')
    expect(vietnamDayBefore(1, t)).toBe('2025-12-31')
    expect(vietnamDayBefore(89, Date.parse('2026-03-01T00:30:00+07:00'))).toBe('2025-12-02')
  })
  it('lists the days of a period inclusively', () => {
    expect(daysBetween('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ])
    expect(daysBetween('2024-03-02', '2024-03-01')).toEqual([])
  })
  it('accepts only real YYYY-MM-DD days', () => {
    expect(isDay('2026-11-29')).toBe(true)
    expect(isDay('2026-13-01')).toBe(false)
    expect(isDay('29/11/2026')).toBe(false)
    expect(isDay(20261129)).toBe(false)
  })
})

describe('which paths count as reader pages', () => {
  it('names home, article and category pages', () => {
    expect(countedPage('/')).toEqual({ path: '/', kind: 'home', key: '' })
    expect(countedPage('/bai-viet/hoi-nghi-tong-ket')).toEqual({
      path: '/bai-viet/hoi-nghi-tong-ket',
      kind: 'article',
      key: 'hoi-nghi-tong-ket',
    })
    expect(countedPage('/chuyen-muc/tin-tuc/')).toMatchObject({ kind: 'category', key: 'tin-tuc' })
    expect(countedPage('/bai-viet/d%C6%B0%E1%BB%9Dng')?.key).toBe('dường')
    expect(countedPage('/lich-cong-tac')).toMatchObject({ kind: 'other' })
    // English pages whose slugs read like the error pages' addresses are ordinary pages.
    expect(countedPage('/en/page-not-found')).toMatchObject({ kind: 'other' })
    expect(countedPage('/en/error')).toMatchObject({ kind: 'other' })
  })
  it('never counts admin, API, Next files, previews, files or overlong paths', () => {
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/_next/static/x.js',
      '/healthz',
      '/trang-loi/500',
      '/en/error/404',
      '/en/error/500',
      '/xem-truoc/bai-viet/x',
      '/favicon.svg',
      '/rss.xml',
      '/lich-cong-tac.ics',
      `/bai-viet/${'a'.repeat(400)}`,
    ])
      expect(countedPage(path), path).toBeNull()
  })
})
