import { describe, expect, it } from 'vitest'

import { addressBucket } from '@/auth/address-bucket'
import { LoginThrottle, type ThrottleOptions } from '@/auth/login-throttle'

const options: ThrottleOptions = {
  freeAttempts: 3,
  baseMs: 1000,
  maxMs: 60_000,
  ipMaxFailures: 10,
  ipWindowMs: 15 * 60_000,
  forgetMs: 24 * 60 * 60_000,
  maxEntries: 1000,
}

describe('LoginThrottle', () => {
  it('lets the free attempts through, then doubles the wait up to the ceiling', () => {
    const t = new LoginThrottle({ ...options, ipMaxFailures: 100 })
    let now = 0
    for (let i = 0; i < 3; i++) expect(t.begin('a@x.vn', '1.1.1.1', now).allowed).toBe(true)
    const waits: number[] = []
    for (let i = 0; i < 8; i++) {
      const v = t.begin('a@x.vn', '1.1.1.1', now)
      expect(v.allowed).toBe(false)
      if (v.allowed) return
      waits.push(v.retryAfterMs)
      now += v.retryAfterMs
      expect(t.begin('a@x.vn', '1.1.1.1', now).allowed).toBe(true)
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000])
  })

  it('keeps other addresses and accounts unaffected', () => {
    const t = new LoginThrottle(options)
    for (let i = 0; i < 5; i++) t.begin('admin@x.vn', '6.6.6.6', 0)
    expect(t.begin('admin@x.vn', '6.6.6.6', 0).allowed).toBe(false)
    expect(t.begin('ADMIN@x.vn ', '1.2.3.4', 0).allowed).toBe(true)
    expect(t.begin('other@x.vn', '6.6.6.6', 0).allowed).toBe(true)
  })

  it('forgets a pair after a success', () => {
    const t = new LoginThrottle(options)
    for (let i = 0; i < 3; i++) t.begin('a@x.vn', '1.1.1.1', 0)
    t.succeeded('a@x.vn', '1.1.1.1')
    for (let i = 0; i < 3; i++) expect(t.begin('a@x.vn', '1.1.1.1', 0).allowed).toBe(true)
  })

  it('caps failures per address across accounts within the window', () => {
    const t = new LoginThrottle(options)
    for (let i = 0; i < 10; i++) expect(t.begin(`u${i}@x.vn`, '9.9.9.9', i).allowed).toBe(true)
    const v = t.begin('fresh@x.vn', '9.9.9.9', 10)
    expect(v).toEqual({ allowed: false, retryAfterMs: options.ipWindowMs - 10 })
    expect(t.begin('fresh@x.vn', '9.9.9.9', options.ipWindowMs + 1).allowed).toBe(true)
  })

  it('stays within its memory bound', () => {
    const t = new LoginThrottle({ ...options, maxEntries: 50 })
    for (let i = 0; i < 500; i++) t.begin(`u${i}@x.vn`, `10.0.${i >> 8}.${i & 255}`, 0)
    const internals = t as unknown as { pairs: Map<string, unknown>; ips: Map<string, unknown> }
    expect(internals.pairs.size).toBeLessThanOrEqual(50)
    expect(internals.ips.size).toBeLessThanOrEqual(50)
  })

  it('holds further attempts of a pair while one past the free ones is in flight', () => {
    const t = new LoginThrottle(options)
    // Ten attempts in one request (aliased GraphQL mutations): only the free ones run.
    const verdicts = Array.from({ length: 10 }, () => t.begin('a@x.vn', '1.1.1.1', 0, 'req-1'))
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3)
    // Another pair is not held up.
    expect(t.begin('b@x.vn', '1.1.1.1', 0, 'req-2').allowed).toBe(true)
  })

  it('starts the backoff when the request is settled, however long the check took', () => {
    const t = new LoginThrottle(options)
    for (let i = 0; i < 3; i++) {
      expect(t.begin('a@x.vn', '1.1.1.1', i * 10_000, `r${i}`).allowed).toBe(true)
      t.settle(`r${i}`, i * 10_000 + 5_000) // a slow password check
    }
    expect(t.begin('a@x.vn', '1.1.1.1', 25_500)).toEqual({ allowed: false, retryAfterMs: 500 })
    expect(t.begin('a@x.vn', '1.1.1.1', 26_000).allowed).toBe(true)
  })

  it('does not hold a pair forever when a request never reports its end', () => {
    const t = new LoginThrottle(options)
    for (let i = 0; i < 3; i++) t.begin('a@x.vn', '1.1.1.1', 0, 'lost')
    expect(t.begin('a@x.vn', '1.1.1.1', 1000).allowed).toBe(false)
    expect(t.begin('a@x.vn', '1.1.1.1', 61_000).allowed).toBe(true)
  })
})

describe('addressBucket', () => {
  it('keeps IPv4 and IPv4-mapped addresses whole, and counts IPv6 per /64', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7')
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(addressBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(addressBucket('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64')
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressBucket('::1')).toBe('0:0:0:0::/64')
  })

  it('gives a stranger no fresh attempts for each address of his /64', () => {
    const throttle = new LoginThrottle({ ...options, freeAttempts: 2 })
    const verdicts = [1, 2, 3, 4].map((n) =>
      throttle.begin('quantri@demo.vn', `2001:db8:1:2::${n}`, 1000 + n),
    )
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false, false])
  })
})
