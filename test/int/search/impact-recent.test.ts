// The impact path's recency rule (impact.ts RECENT_ROWS): the newest rows are candidates, so the
// bound may use the recency factor of the rows older than them. Built so that new articles just
// below the word's list outscore the old ones by their recency alone: the page is only right if
// the newest rows really are scored, and only proven if the bound takes the smaller factor.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { compareHits, rankStatement, YEAR_MS } from '@/search/engines/sqlite/exact'
import { impactPage } from '@/search/engines/sqlite/impact'
import { PhraseCounts } from '@/search/engines/sqlite/impact-lists'
import { buildMatchExpression } from '@/search/engines/sqlite/match'
import { toRankRow } from '@/search/engines/sqlite/results'
import { LIVE } from '@/search/engines/sqlite/schema'
import { normalizeQuery } from '@/search/query/params'
import { analyzeQuery } from '@/search/vietnamese/analyze'

import { fillerDoc } from '../../helpers/filler-docs'

const dir = mkdtempSync(path.join(tmpdir(), 'impact-recent-'))
const url = `file:${path.join(dir, 'search.db')}`
let engine: SqliteFtsEngine
let client: Client
const Q = 'kiwano'
const NEW = 5

const doc = (id: string, filler: number, publishedAt: number) =>
  fillerDoc(id, Q, filler, publishedAt)

beforeAll(async () => {
  engine = new SqliteFtsEngine(url, { resultCache: false })
  await engine.init()
  const now = Date.now()
  // 40 articles five years old, filler 200…239: the 16-deep list holds fillers 200…215.
  const old = Array.from({ length: 40 }, (_, i) => doc(`old-${i}`, 200 + i, now - 5 * YEAR_MS))
  // 5 new ones just below the list (filler 217), about 4 % above it by recency alone.
  const fresh = Array.from({ length: NEW }, (_, i) => doc(`new-${i}`, 217, now - 1000 * i))
  await engine.upsert([...old, ...fresh])
  client = createClient({ url })
}, 60_000)

afterAll(async () => {
  client.close()
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

async function ridsOf(prefix: string): Promise<number[]> {
  const res = await client.execute({
    sql: `SELECT rid FROM ${LIVE.docs} WHERE id LIKE ?`,
    args: [`${prefix}%`],
  })
  return res.rows.map((r) => Number(r['rid']))
}

describe('impact path, newest rows as candidates', () => {
  it('proves the exact page, newest articles included, only with the smaller recency factor', async () => {
    const plan = buildMatchExpression(analyzeQuery(Q, {}))
    if (!plan) throw new Error('no plan')
    const query = { ...normalizeQuery({ q: Q, limit: 10 }), limit: 10, offset: 0 }
    const exact = (await client.execute(rankStatement(LIVE, plan, query))).rows
      .map(toRankRow)
      .filter((r) => r.t === 'hit')
      .sort((a, b) => compareHits(a, b, false))
      .map((r) => r.rid)
    // The scenario holds: every new article is on the exact page, below none of the old ones'
    // list rows by its own bm25 share.
    const fresh = await ridsOf('new-')
    expect(exact.filter((r) => fresh.includes(r))).toHaveLength(NEW)

    const run = (recentRows: number) =>
      impactPage(client, LIVE, plan, query, {
        counts: new PhraseCounts(0),
        version: async () => `v${recentRows}`,
        depths: [16],
        recentRows,
        // The rows newer than a cutoff (impact-range.test.ts) would prove it on their own.
        rangeShare: 0,
      })
    // Without the rule the bound (×1.05) cannot exclude a row outside the list: handed back.
    expect((await run(0)).rows).toBeNull()
    // With the new articles as candidates every other row is five years old (×1.008).
    const got = await run(NEW)
    expect(got.rows?.map((r) => r.rid)).toEqual(exact)
  })
})
