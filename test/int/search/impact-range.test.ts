// The impact path's per-row bound by date (impact.ts newerRange): on a near miss, every row
// published since the cutoff where the recency factor falls to what the k-th candidate can beat
// is scored by one range statement, and every older row is bounded with its own, smaller factor.
// Built so that articles a month old, just below the word's list, outscore the five-year-old list
// rows by their recency alone: the page is only right if those rows really are scored, and only
// proven if the bound takes the older rows' factor.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { compareHits, rankStatement, YEAR_MS } from '@/search/engines/sqlite/exact'
import { impactPage, type PathEvent } from '@/search/engines/sqlite/impact'
import { PhraseCounts } from '@/search/engines/sqlite/impact-lists'
import { buildMatchExpression } from '@/search/engines/sqlite/match'
import { toRankRow } from '@/search/engines/sqlite/results'
import { LIVE } from '@/search/engines/sqlite/schema'
import { normalizeQuery } from '@/search/query/params'
import { analyzeQuery } from '@/search/vietnamese/analyze'

import { fillerDoc } from '../../helpers/filler-docs'

const dir = mkdtempSync(path.join(tmpdir(), 'impact-range-'))
const url = `file:${path.join(dir, 'search.db')}`
let engine: SqliteFtsEngine
let client: Client
const Q = 'kiwano'
const MID = 5

const doc = (id: string, filler: number, publishedAt: number) =>
  fillerDoc(id, Q, filler, publishedAt)

beforeAll(async () => {
  engine = new SqliteFtsEngine(url, { resultCache: false })
  await engine.init()
  const now = Date.now()
  // Written in date order, as a rebuild writes them. 40 articles five years old, filler
  // 200…239: the 16-deep list holds fillers 200…215.
  const old = Array.from({ length: 40 }, (_, i) => doc(`old-${i}`, 200 + i, now - 5 * YEAR_MS))
  // 5 a month old just below the list (filler 217): above the list's k-th row by recency alone.
  const mid = Array.from({ length: MID }, (_, i) => doc(`mid-${i}`, 217, now - YEAR_MS / 12 + i))
  // 5 today, long enough to stay off the page: the newest rows are not the ones that matter.
  const today = Array.from({ length: 5 }, (_, i) => doc(`today-${i}`, 400, now - 1000 * i))
  for (const batch of [old, mid, today]) await engine.upsert(batch)
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

describe('impact path, newer rows scored by date', () => {
  it('proves the exact page with the rows newer than the cutoff, and only with them', async () => {
    const plan = buildMatchExpression(analyzeQuery(Q, {}))
    if (!plan) throw new Error('no plan')
    const query = { ...normalizeQuery({ q: Q, limit: 10 }), limit: 10, offset: 0 }
    const exact = (await client.execute(rankStatement(LIVE, plan, query))).rows
      .map(toRankRow)
      .filter((r) => r.t === 'hit')
      .sort((a, b) => compareHits(a, b, false))
      .map((r) => r.rid)
    // The scenario holds: every month-old article is on the exact page, and none of today's.
    const mid = await ridsOf('mid-')
    expect(exact.filter((r) => mid.includes(r))).toHaveLength(MID)
    const today = await ridsOf('today-')
    expect(exact.filter((r) => today.includes(r))).toHaveLength(0)

    const run = async (rangeShare: number) => {
      const events: PathEvent[] = []
      const out = await impactPage(client, LIVE, plan, query, {
        counts: new PhraseCounts(0),
        version: async () => `v${rangeShare}`,
        depths: [16],
        // Only the range can prove it: the newest rows alone are today's articles.
        recentRows: 0,
        rangeShare,
        trace: (e) => events.push(e),
      })
      return { rows: out.rows?.map((r) => r.rid) ?? null, events }
    }
    // Without the range the bound (×1.05) cannot exclude a row outside the list: handed back.
    expect((await run(0)).rows).toBeNull()
    const got = await run(0.5)
    expect(got.rows).toEqual(exact)
    // The month-old and today's rows were scored, the five-year-old ones left to the bound.
    const range = got.events.find((e) => e.kind === 'range')
    expect(range?.kind === 'range' && range.share).toBeCloseTo(10 / 50, 5)
  })

  it('hands back when the newer rows are a larger share of the index than allowed', async () => {
    const plan = buildMatchExpression(analyzeQuery(Q, {}))
    if (!plan) throw new Error('no plan')
    const query = { ...normalizeQuery({ q: Q, limit: 10 }), limit: 10, offset: 0 }
    const out = await impactPage(client, LIVE, plan, query, {
      counts: new PhraseCounts(0),
      version: async () => 'small-share',
      depths: [16],
      recentRows: 0,
      rangeShare: 0.1,
    })
    expect(out.rows).toBeNull()
  })
})
