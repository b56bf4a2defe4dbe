import { describe, expect, it } from 'vitest'

import { canonicalQuery } from '@/site/page-params'
import { INVALID_WEEK } from '@/site/schedule/params'

const key = (query: string) => canonicalQuery('/lich-cong-tac', new URLSearchParams(query))

describe('the schedule page cache key', () => {
  it('keeps one page per week, whatever the spelling, and drops other parameters', () => {
    expect(key('tuan=2026-W48')).toBe('?tuan=2026-W48')
    expect(key('tuan=2026-w48&utm_source=zalo')).toBe('?tuan=2026-W48')
    expect(key('tuan=2026W48')).toBe('?tuan=2026-W48')
    expect(key('in=1&tuan=2026-W48')).toBe('?tuan=2026-W48&in=1')
    expect(key('fbclid=x')).toBe('')
  })

  it('maps every invalid week to one marker, so junk cannot fill the cache', () => {
    for (const bad of ['2026-W60', 'abc', '<x>', '2025-W53', 'x'.repeat(3000)]) {
      expect(key(`tuan=${encodeURIComponent(bad)}`)).toBe(`?tuan=${INVALID_WEEK}`)
    }
  })

  it('keeps the print switch only as in=1', () => {
    expect(key('in=1')).toBe('?in=1')
    expect(key('in=yes')).toBe('')
  })
})
