// The relevance set inside the suite: every query of bench/search/relevance-queries.ts must bring
// its expected article back at its target rank on the small fixture index (the benchmark runs the
// same set among 100k generated articles). A query below target fails with the ranks it got.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { RELEVANCE_EXTRA } from '../../../bench/search/relevance-fixtures'
import { RELEVANCE_QUERIES } from '../../../bench/search/relevance-queries'
import { ARTICLES } from '../../fixtures/search/articles'

describe('relevance set (embedded engine, small index)', () => {
  const engine = new SqliteFtsEngine('file::memory:', { resultCache: false })

  beforeAll(async () => {
    await engine.init()
    await engine.upsert([...ARTICLES, ...RELEVANCE_EXTRA])
  })
  afterAll(() => engine.close())

  it.each(RELEVANCE_QUERIES.map((c) => [c.q, c] as const))('%s', async (_q, c) => {
    const r = await engine.search({ q: c.q, limit: 10 })
    const ids = r.hits.map((h) => h.id)
    const rank = ids.indexOf(c.expect) + 1
    expect(
      rank > 0 && rank <= c.rank,
      `${c.expect} at ${rank || 'none'} (target ≤ ${c.rank}); got ${ids.join(', ')}`,
    ).toBe(true)
  })
})
