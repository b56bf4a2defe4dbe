// Leaving out expansions that match no row (expansion-probe.ts) must never change a result: on a
// real index, every query with an abbreviation or its spelled-out form gets the same page (ids,
// scores, order), total and facets with the probe as with the full statement, on the exact
// statement and the impact path; and a row that matches only through the expansion is still
// found. At 1,200 rows computeResult takes only its small path (sample.ts samples a rowid range
// past 8,000): expansion-probe-engine.test.ts runs the others through the engine.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { compareHits, rankStatement } from '@/search/engines/sqlite/exact'
import { literalOnly, withoutIdleExpansions } from '@/search/engines/sqlite/expansion-probe'
import { impactPage, type PathEvent } from '@/search/engines/sqlite/impact'
import { PhraseCounts } from '@/search/engines/sqlite/impact-lists'
import { buildMatchExpression, type MatchPlan } from '@/search/engines/sqlite/match'
import { BM25_BUDGET, computeResult } from '@/search/engines/sqlite/plan'
import { queryWords } from '@/search/engines/sqlite/query-words'
import { toRankRow } from '@/search/engines/sqlite/results'
import { LIVE } from '@/search/engines/sqlite/schema'
import { TermStats } from '@/search/engines/sqlite/term-stats'
import { normalizeQuery } from '@/search/query/params'
import { analyzeQuery } from '@/search/vietnamese/analyze'

import { distractorIndex, distractorQueries } from '../../helpers/distractor-index'
import { searchDoc } from '../../helpers/search-doc'

const SIZE = 1200
const dir = mkdtempSync(path.join(tmpdir(), 'expansion-probe-'))
const url = `file:${path.join(dir, 'search.db')}`
let engine: SqliteFtsEngine
let client: Client
const events: PathEvent[] = []

/** Abbreviations and their spelled-out forms, with words around them that the index has or not. */
const TYPED = [
  'ban chấp hành thôn',
  'ban chap hanh thon',
  'BCH thôn',
  'ban thường vụ',
  'BTV Đảng ủy Khối',
  'đảng ủy khối',
  'dang uy khoi so ket',
  'ĐUK',
  'UBND Quảng Trị',
  'ủy ban nhân dân tỉnh',
  'chuyển đổi số',
  'phó bí thư',
  'HĐND tỉnh',
  'MTTQ',
]

const queries = [...TYPED, ...distractorQueries(SIZE, 80)].filter(
  (q) => buildMatchExpression(analyzeQuery(q, {}))?.expansionProbes !== undefined,
)

/** The plan as the full statement runs it: no probes, so nothing is ever left out. */
function full(plan: MatchPlan): MatchPlan {
  const out = { ...plan }
  delete out.expansionProbes
  return out
}

function plansOf(q: string) {
  const analyzed = analyzeQuery(q, {})
  const main = buildMatchExpression(analyzed)
  if (!main) throw new Error(`no plan for ${q}`)
  return { main, words: queryWords(analyzed) }
}

/** The queries whose expansions this index never matches, with their full and probed plans. */
async function idle(): Promise<Array<{ q: string; plan: MatchPlan; probed: MatchPlan }>> {
  const out = []
  for (const q of queries) {
    const plan = plansOf(q).main
    const probed = await withoutIdleExpansions(client, LIVE.fts, plan)
    if (probed !== plan) out.push({ q, plan, probed })
  }
  return out
}

async function result(q: string, main: MatchPlan, sort: 'relevance' | 'date', page: number) {
  const query = { ...normalizeQuery({ q, limit: 10, page, sort }) }
  return computeResult(client, LIVE, { ...plansOf(q), main }, query, {
    stats: new TermStats(),
    bm25Budget: BM25_BUDGET,
  })
}

async function ranked(q: string, plan: MatchPlan) {
  const query = normalizeQuery({ q, limit: 50 })
  const rows = (await client.execute(rankStatement(LIVE, plan, query))).rows.map(toRankRow)
  return {
    hits: rows
      .filter((r) => r.t === 'hit')
      .sort((a, b) => compareHits(a, b, false))
      .map((r) => [r.rid, r.score]),
    facets: rows
      .filter((r) => r.t === 'facet')
      .map((r) => [r.kind, r.year, r.cats, r.n].join('|'))
      .sort(),
  }
}

beforeAll(async () => {
  engine = new SqliteFtsEngine(url, { resultCache: false, trace: (e) => events.push(e) })
  await engine.init()
  await engine.rebuild(distractorIndex(SIZE))
  client = createClient({ url })
  // Scores carry a recency factor of the statement's clock: one instant for every comparison.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-01-01T00:00:00Z') })
}, 180_000)

afterAll(async () => {
  vi.useRealTimers()
  client.close()
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('expansions that match no row', () => {
  it('are left out for some queries and kept for others on this index', async () => {
    const left = (await idle()).length
    // Both kinds are in the comparisons below, not only one.
    expect(left).toBeGreaterThan(5)
    expect(queries.length - left).toBeGreaterThan(5)
  })

  it('give the same page, scores, total and facets as the full statement', async () => {
    let compared = 0
    for (const { q, plan, probed } of await idle()) {
      expect(await ranked(q, probed), q).toEqual(await ranked(q, plan))
      for (const sort of ['relevance', 'date'] as const) {
        for (const page of [1, 2]) {
          const a = await result(q, plan, sort, page)
          const b = await result(q, full(plan), sort, page)
          expect(a, `${q} ${sort} ${page}`).toEqual(b)
        }
      }
      compared++
    }
    expect(compared).toBeGreaterThan(5)
  })

  it('give the impact path the same page as the full plan whenever both prove one', async () => {
    let proved = 0
    for (const { q, plan, probed } of await idle()) {
      const query = normalizeQuery({ q, limit: 10 })
      const ctx = () => ({
        counts: new PhraseCounts(),
        version: async () => 'v',
        depths: [16, 128],
        recentRows: 0,
      })
      const a = await impactPage(client, LIVE, probed, query, ctx())
      const b = await impactPage(client, LIVE, plan, query, ctx())
      if (a.rows === null || b.rows === null) continue
      expect(
        a.rows.map((r) => [r.rid, r.score]),
        q,
      ).toEqual(b.rows.map((r) => [r.rid, r.score]))
      proved++
    }
    expect(proved).toBeGreaterThan(0)
  })

  it('still finds a row that holds only the abbreviation, from the moment it is indexed', async () => {
    const q = 'ban chấp hành zyxthon'
    events.length = 0
    expect((await engine.search({ q, limit: 10 })).hits).toEqual([])
    expect(events).toContainEqual({ kind: 'expansions-idle' })

    await engine.upsert([
      searchDoc('only-abbr', { title: 'Hội nghị BCH zyxthon', body: 'BCH zyxthon họp.' }),
    ])
    events.length = 0
    const found = await engine.search({ q, limit: 10 })
    expect(found.hits.map((h) => h.id)).toEqual(['only-abbr'])
    expect(events).not.toContainEqual({ kind: 'expansions-idle' })

    await engine.remove(['only-abbr'])
    expect((await engine.search({ q, limit: 10 })).hits).toEqual([])
  })

  it('leaves a plan without expansions unchanged, and literalOnly keeps only the literal words', async () => {
    const plain = plansOf('hội nghị').main
    expect(plain.expansionProbes).toBeUndefined()
    expect(await withoutIdleExpansions(client, LIVE.fts, plain)).toBe(plain)
    const plan = plansOf('ban chap hanh thon').main
    const lit = literalOnly(plan)
    expect(lit.expression).toBe(plan.literal)
    expect(lit.required).toBe(plan.literalRequired)
    expect(lit.expanded).toBeUndefined()
    expect(lit.required).not.toContain('"bch"')
  })
})
