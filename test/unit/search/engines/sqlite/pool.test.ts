import { describe, expect, it } from 'vitest'

import { parseMatchList, type PoolPlan, rankPool, toPool } from '@/search/engines/sqlite/pool'
import type { Feature } from '@/search/engines/sqlite/pool-score'

// The values SQLite hands back from concatSql: fields joined by U+001F, rows by U+001E.
const row = (...fields: (string | number)[]): string => fields.join('\u001f')
const rows = (...lines: string[]): string => lines.join('\u001e')

const plan = (strong: number, phraseAt = -1): PoolPlan => ({
  all: { fts: 'f', match: 'm', size: 100 },
  strong: Array.from({ length: strong }, () => ({ fts: 'l', match: 'm', size: 50 })),
  phraseAt,
})

describe('toPool', () => {
  it('merges the newest list and the strong lists without duplicates, newest first', () => {
    const pool = toPool({ l0: '9,8,7', l1: '8,3', l2: '5' }, plan(2, 1))
    expect(pool.newest).toEqual([9, 8, 7])
    expect(pool.rids).toEqual([9, 8, 7, 3, 5])
    expect([...pool.phrased]).toEqual([5])
  })

  it('takes the newest from the full match list when the caller holds it', () => {
    const all = Array.from({ length: 150 }, (_, i) => 1000 - i)
    const pool = toPool({ l0: null, l1: '2' }, plan(1), all)
    expect(pool.newest).toHaveLength(100)
    expect(pool.newest[0]).toBe(1000)
    expect(pool.rids).toContain(2)
    expect(pool.phrased.size).toBe(0)
  })

  it('reads empty and missing lists as empty', () => {
    const pool = toPool(undefined, plan(2, 0))
    expect(pool).toEqual({ rids: [], newest: [], phrased: new Set(), top: new Set() })
    expect(toPool({ l0: '', l1: null, l2: 7 }, plan(2)).rids).toEqual([])
  })
})

describe('rankPool', () => {
  const title: Feature = { field: 'title_f', pattern: ' dang uy ', weight: 10 }
  // rid, published_at, kind, year, then the rank fields in RANK_FIELDS order.
  const pooled = rows(
    row(1, 100, 'news', 2020, 'x', ' dang uy khoi ', 'x', 'x', 'x', 'x'),
    row(2, 300, 'news', 2024, 'x', ' hoi nghi ', 'x', 'x', 'x', 'x'),
    row(3, 200, 'document', 2022, 'x', ' dang uy ', 'x', 'x', 'x', 'x'),
  )

  it('orders by score, then newest first, and pages', () => {
    const ranked = rankPool(pooled, [title], () => 0, 10, 0)
    expect(ranked.map((r) => r.rid)).toEqual([3, 1, 2])
    expect(ranked[0]).toMatchObject({ t: 'hit', kind: 'document', year: 2022, published_at: 200 })
    expect(rankPool(pooled, [title], () => 0, 1, 1).map((r) => r.rid)).toEqual([1])
  })

  it('breaks near ties newest first and puts exact title or name matches ahead', () => {
    const now = 400
    // Rows 1 and 3 score alike; the newer (3) wins only with recency.
    const tie = rows(
      row(1, 100, 'news', 2020, 'x', ' dang uy ', 'x', 'x', 'x', 'x'),
      row(3, 390, 'news', 2024, 'x', ' dang uy ', 'x', 'x', 'x', 'x'),
      row(2, 399, 'news', 2024, 'x', ' dang uy dang uy ', 'x', 'x', 'x', 'x'),
    )
    const plain = rankPool(tie, [title], () => 0, 10, 0, { now, top: new Set() })
    expect(plain.map((r) => r.rid)).toEqual([2, 3, 1])
    const top = rankPool(tie, [title], () => 0, 10, 0, { now, top: new Set([1]) })
    expect(top.map((r) => r.rid)).toEqual([1, 2, 3])
  })

  it('adds the per-row bonus to the score', () => {
    const ranked = rankPool(pooled, [title], (rid) => (rid === 2 ? 100 : 0), 10, 0)
    expect(ranked[0]?.rid).toBe(2)
    expect(ranked[0]?.score).toBe(100)
  })
})

describe('parseMatchList', () => {
  it('reads one facet row per match', () => {
    const list = parseMatchList(
      rows(row(5, 'news', 2024, '|xay-dung-dang|'), row(6, 'photo', 2023, '')),
    )
    expect(list).toEqual([
      {
        t: 'facet',
        rid: 5,
        score: 0,
        published_at: 0,
        kind: 'news',
        year: 2024,
        cats: '|xay-dung-dang|',
        n: 1,
      },
      { t: 'facet', rid: 6, score: 0, published_at: 0, kind: 'photo', year: 2023, cats: '', n: 1 },
    ])
    expect(parseMatchList('')).toEqual([])
  })
})
