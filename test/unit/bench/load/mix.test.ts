import { describe, expect, it } from 'vitest'

import { MIX, pickKind, pickWeighted, rng, zipf } from '../../../../bench/load/mix'

describe('load mix', () => {
  it('picks each weight in proportion to its share of the total', () => {
    expect(pickWeighted([1, 3], 0)).toBe(0)
    expect(pickWeighted([1, 3], 0.2499)).toBe(0)
    expect(pickWeighted([1, 3], 0.25)).toBe(1)
    expect(pickWeighted([1, 3], 0.9999)).toBe(1)
    expect(pickWeighted([0, 5, 0], 0.5)).toBe(1)
  })

  it('draws reads, searches and publishes at 90/8/2 from a seeded source', () => {
    const random = rng(7)
    const counts = { read: 0, search: 0, publish: 0 }
    const draws = 100_000
    for (let i = 0; i < draws; i++) counts[pickKind(random())]++
    for (const { kind, weight } of MIX) expect(counts[kind] / draws).toBeCloseTo(weight / 100, 2)
  })

  it('is the same sequence for the same seed and another for another seed', () => {
    const a = rng(3)
    const b = rng(3)
    const c = rng(4)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first)
  })

  it('makes rank k about (k+1) times rarer than rank 0 under Zipf(1), within range', () => {
    const n = 1000
    const draw = zipf(n, 1)
    const random = rng(11)
    const counts = new Array<number>(n).fill(0)
    const draws = 200_000
    let outside = 0
    for (let i = 0; i < draws; i++) {
      const k = draw(random())
      if (!(k >= 0 && k < n)) outside++
      counts[k] = (counts[k] ?? 0) + 1
    }
    expect(outside).toBe(0)
    const top = counts[0] ?? 0
    expect(top / (counts[1] ?? 1)).toBeCloseTo(2, 0)
    expect(top / (counts[9] ?? 1)).toBeGreaterThan(7)
    expect(top / (counts[9] ?? 1)).toBeLessThan(13)
    // H(1000) ≈ 7.485: the most popular page gets about 13% of the reads.
    expect(top / draws).toBeCloseTo(1 / 7.485, 2)
    expect(draw(0)).toBe(0)
    expect(draw(0.999_999_9)).toBe(n - 1)
  })
})
