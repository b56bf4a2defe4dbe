import { describe, expect, it } from 'vitest'

import { msUntilVietnamMidnight } from '@/site/cache/day-change'

describe('the daily cache refresh', () => {
  it('waits until the next midnight in Vietnam (17:00 UTC)', () => {
    expect(msUntilVietnamMidnight(Date.parse('2026-11-29T16:59:59.000Z'))).toBe(1000)
    expect(msUntilVietnamMidnight(Date.parse('2026-11-29T17:00:00.000Z'))).toBe(24 * 3600_000)
    expect(msUntilVietnamMidnight(Date.parse('2026-11-29T05:00:00.000Z'))).toBe(12 * 3600_000)
  })
})
