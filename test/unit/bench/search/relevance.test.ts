// The relevance set in the suite, at the small size (issue 13 §7): the fixtures among generated
// articles, 100 in all, built as `cms reindex` builds them. Every query must reach its target
// rank; one test per query so a regression names the query. The 100k run is the benchmark
// (`npm run bench:relevance -- --size 100000`), too slow for the suite.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { mixed } from '../../../../bench/search/distractors/mix'
import {
  DISTRACTOR_EXCLUDE,
  DISTRACTOR_RESERVED,
  FIXTURES,
} from '../../../../bench/search/fixtures'
import { RELEVANCE_QUERIES } from '../../../../bench/search/relevance-queries'

const SIZE = 100

/**
 * Queries whose expected article is not the best answer among realistic articles, so the set
 * (not the engine) needs changing; `it.fails` turns red the day they pass, so they cannot stay
 * here unnoticed. Checked on the generated corpus of seed 42:
 * - `uy ban nhan dan tinh` → a8 (name in the lead only): generated articles with "Ủy ban nhân
 *   dân tỉnh" in their title rank above it, as the field weights say they should;
 *
 * (`thủ tục kết nạp đảng viên là sinh viên như thế nào` → p16 was here too: generated reports held
 * every syllable scattered, so the question matched them and was never relaxed. The query is now
 * relaxed by words when no article holds every word whole, query/words.ts and query/relax.ts.)
 */
const KNOWN_MISSES = new Set(['uy ban nhan dan tinh'])
let dir = ''
let engine: SqliteFtsEngine

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'relevance-'))
  engine = new SqliteFtsEngine(`file:${path.join(dir, 'search.db')}`, { resultCache: false })
  await engine.init()
  const written = await engine.rebuild(
    mixed(FIXTURES, {
      size: SIZE - FIXTURES.length,
      exclude: DISTRACTOR_EXCLUDE,
      reserved: DISTRACTOR_RESERVED,
    }),
  )
  expect(written).toBe(SIZE)
})

afterAll(async () => {
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

describe(`relevance set among ${SIZE} articles`, () => {
  for (const c of RELEVANCE_QUERIES) {
    const test = KNOWN_MISSES.has(c.q) ? it.fails : it
    test(`${c.q} → ${c.expect} at rank ≤ ${c.rank}`, async () => {
      const result = await engine.search({ q: c.q, limit: 10 })
      const ids = result.hits.map((h) => h.id)
      const rank = ids.indexOf(c.expect) + 1
      expect(rank, `got ${ids.slice(0, 5).join(', ')}`).toBeGreaterThan(0)
      expect(rank).toBeLessThanOrEqual(c.rank)
    })
  }
})
