import crypto from 'node:crypto'

import { describe, expect, it, vi } from 'vitest'

import { checkFormToken, issueFormToken } from '@/feedback/form-token'

const SECRET = 'unit-test-secret'
const timing = { minFillMs: 3000, maxAgeMs: 60 * 60_000 }
const t0 = Date.UTC(2026, 10, 30, 8, 0, 0)

describe('form tokens', () => {
  it('accepts a token after the minimum fill time and before expiry', () => {
    const token = issueFormToken(t0, SECRET)
    const check = checkFormToken(token, timing, t0 + 3000, SECRET)
    expect(check).toMatchObject({ ok: true, issuedAt: t0, expiresAt: t0 + timing.maxAgeMs })
  })

  it('refuses a form sent faster than the minimum fill time', () => {
    const token = issueFormToken(t0, SECRET)
    expect(checkFormToken(token, timing, t0 + 2999, SECRET)).toEqual({
      ok: false,
      reason: 'too-fast',
    })
  })

  it('refuses an expired token, and one from the future', () => {
    const token = issueFormToken(t0, SECRET)
    expect(checkFormToken(token, timing, t0 + timing.maxAgeMs + 1, SECRET)).toMatchObject({
      reason: 'expired',
    })
    expect(checkFormToken(token, timing, t0 - 120_000, SECRET)).toMatchObject({
      reason: 'expired',
    })
  })

  it('refuses a token signed with another secret or with its time changed', () => {
    const token = issueFormToken(t0, SECRET)
    expect(checkFormToken(token, timing, t0 + 5000, 'other-secret')).toMatchObject({
      reason: 'forged',
    })
    const [, nonce, tag, mac] = token.split('.')
    const earlier = `${(t0 - 10 * 60_000).toString(36)}.${nonce}.${tag}.${mac}`
    expect(checkFormToken(earlier, timing, t0 + 5000, SECRET)).toMatchObject({ reason: 'forged' })
  })

  it('refuses a token from another network, and a tag swapped in from another token', () => {
    const token = issueFormToken(t0, SECRET, '203.0.113.0/24')
    expect(checkFormToken(token, timing, t0 + 5000, SECRET, '203.0.113.0/24')).toMatchObject({
      ok: true,
    })
    expect(checkFormToken(token, timing, t0 + 5000, SECRET, '198.51.100.0/24')).toEqual({
      ok: false,
      reason: 'other-network',
    })
    const [issued, nonce, , mac] = token.split('.')
    const [, , otherTag] = issueFormToken(t0, SECRET, '198.51.100.0/24').split('.')
    const swapped = `${issued}.${nonce}.${otherTag}.${mac}`
    expect(checkFormToken(swapped, timing, t0 + 5000, SECRET, '198.51.100.0/24')).toMatchObject({
      reason: 'forged',
    })
  })

  it('refuses malformed input', () => {
    for (const bad of [undefined, 42, '', 'abc', 'a.b.c', `${'x'.repeat(500)}`, ['t']])
      expect(checkFormToken(bad, timing, t0, SECRET)).toMatchObject({ reason: 'malformed' })
  })

  it('gives every token its own nonce', () => {
    const nonces = new Set(
      Array.from({ length: 50 }, () =>
        checkFormToken(issueFormToken(t0, SECRET), timing, t0 + 4000, SECRET),
      ).map((c) => (c.ok ? c.nonce : 'refused')),
    )
    expect(nonces.size).toBe(50)
    expect(nonces.has('refused')).toBe(false)
  })

  it('signs once per token: the client tag of a network is computed once, not per token', () => {
    const hmacs = vi.spyOn(crypto, 'createHmac')
    try {
      const secret = 'a-secret-of-its-own'
      for (let i = 0; i < 100; i++) issueFormToken(t0, secret, '203.0.113.0/24')
      // One key derivation, one client tag, one signature per token.
      expect(hmacs.mock.calls.length).toBe(102)
    } finally {
      hmacs.mockRestore()
    }
  })

  it('keeps binding tokens to their network after thousands of other networks', () => {
    const token = issueFormToken(t0, SECRET, '203.0.113.0/24')
    for (let i = 0; i < 5000; i++) issueFormToken(t0, SECRET, `10.${i >> 8}.${i & 255}.0/24`)
    expect(checkFormToken(token, timing, t0 + 4000, SECRET, '203.0.113.0/24')).toMatchObject({
      ok: true,
    })
    expect(checkFormToken(token, timing, t0 + 4000, SECRET, '10.0.1.0/24')).toMatchObject({
      reason: 'other-network',
    })
    const other = issueFormToken(t0, SECRET, '10.0.1.0/24')
    expect(other.split('.')[2]).not.toBe(token.split('.')[2])
  })
})
