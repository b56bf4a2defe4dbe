// The bound arithmetic of the impact path: each inequality the proof relies on, checked against
// bm25's own g over many random rows, and the expression parser against real expressions.
import { describe, expect, it } from 'vitest'

import { freshness, YEAR_MS } from '@/search/engines/sqlite/exact'
import {
  driftedFloor,
  freshBefore,
  ftsIdf,
  g,
  K1,
  MAX_FRESH,
  MIN_IDF,
  parsePhrases,
  proven,
  publishedCutoff,
  scaledBound,
  TOP_SCORE,
  upperBound,
  type WordFloor,
} from '@/search/engines/sqlite/impact-bound'
import { decodeAverages } from '@/search/engines/sqlite/impact-lists'
import { buildMatchExpression } from '@/search/engines/sqlite/match'
import { analyzeQuery } from '@/search/vietnamese/analyze'
import { foldVietnamese } from '@/search/vietnamese/fold'

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('impact bounds', () => {
  it('computes FTS5 IDF, clamped for phrases in more than half of the rows', () => {
    expect(ftsIdf(10, 1000)).toBeCloseTo(Math.log(990.5 / 10.5), 12)
    expect(ftsIdf(600, 1000)).toBe(MIN_IDF)
    expect(ftsIdf(500, 1000)).toBe(MIN_IDF)
  })

  it('bounds a phrase with heavier columns by its word (exactly, whatever the row length)', () => {
    const r = rng(1)
    for (let i = 0; i < 2000; i++) {
      const f = 0.25 + r() * 60
      const d = 1 + Math.floor(r() * 3000)
      const avg = 50 + r() * 900
      const y = g(f, d, avg)
      expect(scaledBound(y, 1)).toBeCloseTo(y, 12)
      // f' = 4f is the most an exact-spelling phrase can weigh when the folded word weighs f.
      expect(g(4 * f, d, avg)).toBeLessThanOrEqual(scaledBound(y, 4) * (1 + 1e-12))
      expect(g(4 * f, d, avg)).toBeGreaterThanOrEqual(scaledBound(y, 4) * (1 - 1e-12))
      // Fewer hits (a phrase's instances never outnumber its word's) score less.
      expect(g(f * r(), d, avg)).toBeLessThanOrEqual(y)
    }
    expect(scaledBound(K1 + 1, 4)).toBeLessThanOrEqual(K1 + 1)
    expect(scaledBound(0, 4)).toBe(0)
  })

  it('corrects a floor for the average row length moving, in either direction', () => {
    const r = rng(2)
    for (let i = 0; i < 2000; i++) {
      const f = 0.25 + r() * 40
      const d = 1 + Math.floor(r() * 3000)
      const before = 50 + r() * 900
      const after = before * (0.5 + r())
      const floor = g(f, d, before)
      expect(g(f, d, after)).toBeLessThanOrEqual(driftedFloor(floor, before, after) * (1 + 1e-12))
    }
    expect(driftedFloor(0, 100, 200)).toBe(0)
  })

  it('reads every phrase of a real expression, with its columns', () => {
    const plan = buildMatchExpression(analyzeQuery('Đảng ủy Khối sơ kết', {}))
    const phrases = plan ? parsePhrases(plan.expression) : null
    expect(phrases).not.toBeNull()
    const kinds = new Set(phrases?.map((p) => p.kind))
    expect(kinds).toEqual(new Set(['folded', 'exact']))
    expect(phrases?.some((p) => p.words.join(' ') === 'dang uy khoi so ket')).toBe(true)
    expect(phrases?.some((p) => p.words.join(' ') === 'đảng ủy khối sơ kết')).toBe(true)
    // Every phrase is a MATCH expression of its own, as the phrase counts run it.
    for (const p of phrases ?? []) expect(p.text).toMatch(/^\{[a-z_ ]+\} : ".+"$/)
  })

  it('reads the phrases of a NEAR group one by one, with the group’s columns', () => {
    const phrases = parsePhrases(
      '{title_f sapo_f body_f extra_f} : NEAR("uy ban" "quang" "tri", 6)',
    )
    expect(phrases?.map((p) => p.text)).toEqual([
      '{title_f sapo_f body_f extra_f} : "uy ban"',
      '{title_f sapo_f body_f extra_f} : "quang"',
      '{title_f sapo_f body_f extra_f} : "tri"',
    ])
  })

  it('refuses what the bounds do not cover', () => {
    expect(parsePhrases('"a" AND {title_f} : "b"')).toBeNull()
    expect(parsePhrases('{title_x title_f} : "a"')).toBeNull()
  })

  it('adds every phrase bound, recency included, and knows no bound for an unlisted word', () => {
    const phrases = parsePhrases(
      '{title_f sapo_f body_f extra_f} : "ban" AND ({title_x sapo_x body_x extra_x} : "bàn" OR {title_f} : "ban to")',
    )
    expect(phrases).toHaveLength(3)
    const floors = new Map<string, WordFloor>([
      ['ban', { floor: 1 }],
      ['to', { floor: 0.5 }],
    ])
    const bound = upperBound(phrases ?? [], [2, 3, 4], floors, foldVietnamese)
    const expected = (2 * 1 + 3 * scaledBound(1, 4) + 4 * 0.5) * MAX_FRESH
    expect(bound).toBeGreaterThanOrEqual(expected)
    expect(bound).toBeLessThan(expected * (1 + 1e-6))
    // A phrase is bounded by any one of its words' lists; a lone unlisted word bounds nothing.
    const onlyTo = new Map([['to', { floor: 0.5 }]])
    expect(upperBound(phrases ?? [], [2, 3, 4], onlyTo, foldVietnamese)).toBe(Infinity)
  })

  it('proves a page only when its last row beats the bound or is a top match', () => {
    const rows = [
      { rid: 1, score: -9 },
      { rid: 2, score: -5 },
      { rid: 3, score: -3 },
    ]
    expect(proven(rows, 3, 2.9, false)).toBe(true)
    expect(proven(rows, 3, 3, false)).toBe(false)
    expect(proven(rows, 4, 0.1, false)).toBe(false)
    expect(proven(rows, 4, 0.1, true)).toBe(true)
    expect(proven([{ rid: 1, score: TOP_SCORE - 1 }], 1, 1e9, false)).toBe(true)
  })

  it('decodes FTS5 averages records (SQLite varints)', () => {
    const varint = (v: number): number[] => {
      const out = [v & 0x7f]
      for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128))
        out.unshift((x & 0x7f) | 0x80)
      return out
    }
    const block = new Uint8Array([100_000, 1_234_567, 89, 300, 0].flatMap(varint))
    const avg = decodeAverages(block)
    expect(avg.rows).toBe(100_000)
    expect(avg.avgdl).toBeCloseTo((1_234_567 + 89 + 300) / 100_000, 12)
  })
})

describe('freshBefore', () => {
  it('is the recency factor of a row published then, never above the ranking formula’s', () => {
    const now = Date.UTC(2026, 10, 30)
    expect(freshBefore(now, now)).toBe(MAX_FRESH)
    // A future date counts as today, as in the exact statement.
    expect(freshBefore(now + YEAR_MS, now)).toBe(MAX_FRESH)
    expect(freshBefore(now - YEAR_MS, now)).toBeCloseTo(1.025, 12)
    // Any row published earlier, scored at this moment or later, has a smaller factor.
    for (const age of [0.1, 1, 3, 9]) {
      const before = now - age * YEAR_MS
      expect(1 + 0.05 * freshness(before - 1, now + 1000)).toBeLessThan(freshBefore(before, now))
    }
  })
})

describe('publishedCutoff', () => {
  const now = Date.UTC(2026, 10, 30)
  it('is the date where the recency factor falls to the one asked for, older rows below it', () => {
    for (const fresh of [1.001, 1.01, 1.025, 1.04, 1.049]) {
      const cutoff = publishedCutoff(fresh, now)
      expect(freshBefore(cutoff, now)).toBeCloseTo(fresh, 12)
      // A row published a millisecond earlier, scored now or later, has a smaller factor.
      expect(1 + 0.05 * freshness(cutoff - 1, now + 1000)).toBeLessThan(fresh)
    }
    expect(publishedCutoff(1.025, now)).toBeCloseTo(now - YEAR_MS, 0)
  })
  it('has no date for a factor no row reaches, and today for one every row is below', () => {
    expect(publishedCutoff(1, now)).toBe(-Infinity)
    expect(publishedCutoff(0.9, now)).toBe(-Infinity)
    expect(publishedCutoff(MAX_FRESH, now)).toBe(now)
  })
})
