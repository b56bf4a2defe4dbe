import { describe, expect, it } from 'vitest'

import { reconcileIntervalMs } from '@/search/sync/reconcile-schedule'
import { indexRetryPolicy } from '@/search/sync/retry-policy'

describe('index job retries', () => {
  it('default to 10 attempts doubling from 1 s, and follow the environment', () => {
    expect(indexRetryPolicy({})).toEqual({
      attempts: 10,
      backoff: { type: 'exponential', delay: 1000 },
    })
    expect(
      indexRetryPolicy({ SEARCH_INDEX_ATTEMPTS: '3', SEARCH_INDEX_RETRY_DELAY_MS: '50' }),
    ).toEqual({ attempts: 3, backoff: { type: 'exponential', delay: 50 } })
  })

  it('ignore values that are not whole numbers', () => {
    expect(
      indexRetryPolicy({ SEARCH_INDEX_ATTEMPTS: 'many', SEARCH_INDEX_RETRY_DELAY_MS: '-5' }),
    ).toEqual({ attempts: 10, backoff: { type: 'exponential', delay: 1000 } })
  })
})

describe('reconciliation interval', () => {
  it('is 5 minutes by default, configurable, and 0 turns it off', () => {
    expect(reconcileIntervalMs({})).toBe(300_000)
    expect(reconcileIntervalMs({ SEARCH_RECONCILE_MINUTES: '' })).toBe(300_000)
    expect(reconcileIntervalMs({ SEARCH_RECONCILE_MINUTES: '15' })).toBe(900_000)
    expect(reconcileIntervalMs({ SEARCH_RECONCILE_MINUTES: '0.5' })).toBe(30_000)
    expect(reconcileIntervalMs({ SEARCH_RECONCILE_MINUTES: '0' })).toBe(0)
    expect(reconcileIntervalMs({ SEARCH_RECONCILE_MINUTES: 'off' })).toBe(0)
  })
})
