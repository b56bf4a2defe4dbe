import crypto from 'node:crypto'

import { describe, expect, it, vi } from 'vitest'

import { randomBase64url } from '@/lib/random-pool'

describe('randomBase64url', () => {
  it('gives values of the size asked for, never the same twice across pool refills', () => {
    const values = Array.from({ length: 1000 }, () => randomBase64url(16))
    expect(new Set(values).size).toBe(1000)
    for (const v of values) expect(Buffer.from(v, 'base64url')).toHaveLength(16)
    // 1000 × 16 bytes is almost four pools: no byte run repeats between pools either.
    const bytes = Buffer.concat(values.map((v) => Buffer.from(v, 'base64url')))
    const words = new Set<string>()
    for (let i = 0; i + 8 <= bytes.length; i += 8) words.add(bytes.toString('hex', i, i + 8))
    expect(words.size).toBe(bytes.length / 8)
  })

  it('asks the system for random bytes once per 256 values of 16 bytes, not per value', () => {
    const fills = vi.spyOn(crypto, 'randomFillSync')
    const singles = vi.spyOn(crypto, 'randomBytes')
    try {
      for (let i = 0; i < 512; i++) randomBase64url(16)
      expect(fills.mock.calls.length).toBeGreaterThanOrEqual(2)
      expect(fills.mock.calls.length).toBeLessThanOrEqual(3)
      expect(singles).not.toHaveBeenCalled()
    } finally {
      fills.mockRestore()
      singles.mockRestore()
    }
  })

  it('serves a size larger than the pool straight from the system', () => {
    expect(Buffer.from(randomBase64url(5000), 'base64url')).toHaveLength(5000)
  })
})
