// The impact path against the exact statement on a real index: with lists forced shallow, every
// page it returns must be the exact ranking's (same ids, same order), pages it cannot prove must
// be handed back, and writes after the lists were built must keep them valid.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { compareHits, rankStatement } from '@/search/engines/sqlite/exact'
import { impactPage } from '@/search/engines/sqlite/impact'
import { parsePhrases } from '@/search/engines/sqlite/impact-bound'
import { PhraseCounts } from '@/search/engines/sqlite/impact-lists'
import { buildMatchExpression } from '@/search/engines/sqlite/match'
import { toRankRow } from '@/search/engines/sqlite/results'
import { LIVE } from '@/search/engines/sqlite/schema'
import { normalizeQuery } from '@/search/query/params'
import { analyzeQuery } from '@/search/vietnamese/analyze'

import { distractorIndex, distractorQueries } from '../../helpers/distractor-index'
import { searchDoc } from '../../helpers/search-doc'

const SIZE = 1200
const dir = mkdtempSync(path.join(tmpdir(), 'impact-'))
const url = `file:${path.join(dir, 'search.db')}`
let engine: SqliteFtsEngine
let client: Client
let version = 0

const queries = distractorQueries(SIZE, 80)

async function exactRids(q: string, limit: number, offset = 0): Promise<number[]> {
  const plan = buildMatchExpression(analyzeQuery(q, {}))
  if (!plan) return []
  const query = normalizeQuery({ q, limit: 50 })
  const rows = (
    await client.execute(rankStatement(LIVE, plan, { ...query, limit, offset }))
  ).rows.map(toRankRow)
  return rows
    .filter((r) => r.t === 'hit')
    .sort((a, b) => compareHits(a, b, false))
    .map((r) => r.rid)
}

/**
 * `enumerate`: phrases in at most this many rows have every row listed (0: none). `recent`: the
 * newest rows made candidates so the bound takes a smaller recency factor (0: none, the largest
 * factor; most cases keep 0 so the bound, not the newest rows, decides).
 */
async function impactRids(
  q: string,
  depths: number[],
  limit = 10,
  offset = 0,
  enumerate = 0,
  recent = 0,
  rangeShare?: number,
) {
  const plan = buildMatchExpression(analyzeQuery(q, {}))
  if (!plan) return null
  const query = { ...normalizeQuery({ q, limit: 50 }), limit, offset }
  const out = await impactPage(client, LIVE, plan, query, {
    counts: new PhraseCounts(enumerate),
    version: async () => String(version),
    depths,
    recentRows: recent,
    ...(rangeShare !== undefined ? { rangeShare } : {}),
  })
  return out.rows === null ? null : { rids: out.rows.map((r) => r.rid), depth: out.depth }
}

beforeAll(async () => {
  engine = new SqliteFtsEngine(url, { resultCache: false })
  await engine.init()
  await engine.rebuild(distractorIndex(SIZE))
  client = createClient({ url })
}, 180_000)

afterAll(async () => {
  client.close()
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('impact path', () => {
  it('returns exactly the exact statement’s page whenever it answers, with short lists', async () => {
    let proved = 0
    let handedBack = 0
    for (const q of queries) {
      const got = await impactRids(q, [16, 128])
      if (got === null) {
        handedBack++
        continue
      }
      proved++
      expect(got.rids, q).toEqual(await exactRids(q, 10))
    }
    // Both branches ran: most pages proven from 128-deep lists, some handed back.
    expect(proved).toBeGreaterThan(queries.length / 2)
    expect(handedBack).toBeGreaterThan(0)
  })

  it('stays exact with rare phrases enumerated, and proves more pages with them', async () => {
    // At this size every phrase is in at most a few hundred rows: limits this low leave the
    // common words' phrases to the lists, so both kinds of phrase meet in one bound.
    const proved = new Map<number, number>()
    for (const enumerate of [0, 8, 40]) {
      let n = 0
      for (const q of queries) {
        const got = await impactRids(q, [16], 10, 0, enumerate)
        if (got === null) continue
        n++
        expect(got.rids, `${q} (enumerate ${enumerate})`).toEqual(await exactRids(q, 10))
      }
      proved.set(enumerate, n)
    }
    expect(proved.get(8)).toBeGreaterThan(proved.get(0) ?? 0)
    expect(proved.get(40)).toBeGreaterThanOrEqual(proved.get(8) ?? 0)
    // Not all: some pages still need deeper lists, so the bound is still exercised.
    expect(proved.get(40)).toBeLessThan(queries.length)
  })

  it('stays exact with the newest rows as candidates, and proves more pages with them', async () => {
    // 120 of ~1,240 rows: every other row is at least about a year old (10 years of articles),
    // so the bound's recency factor falls from 1.05 to about 1.025.
    const proved = new Map<number, number>()
    for (const recent of [0, 120]) {
      let n = 0
      for (const q of queries) {
        // Without the newer rows by date, which would prove these near misses on their own.
        const got = await impactRids(q, [16], 10, 0, 8, recent, 0)
        if (got === null) continue
        n++
        expect(got.rids, `${q} (recent ${recent})`).toEqual(await exactRids(q, 10))
      }
      proved.set(recent, n)
    }
    expect(proved.get(120)).toBeGreaterThan(proved.get(0) ?? 0)
    expect(proved.get(120)).toBeLessThan(queries.length)
  })

  it('stays exact with the rows newer than a near miss’s cutoff scored, and proves more pages', async () => {
    // Rows are written in date order over ten years: a near miss scores the rows from its
    // cutoff's first rowid on (impact.ts newerRange), and every older row is bounded with its
    // own, smaller recency factor.
    const proved = new Map<number, number>()
    for (const share of [0, 0.5]) {
      let n = 0
      for (const q of queries) {
        const got = await impactRids(q, [16], 10, 0, 8, 0, share)
        if (got === null) continue
        n++
        expect(got.rids, `${q} (range ${share})`).toEqual(await exactRids(q, 10))
      }
      proved.set(share, n)
    }
    expect(proved.get(0.5)).toBeGreaterThan(proved.get(0) ?? 0)
    expect(proved.get(0.5)).toBeLessThan(queries.length)
  })

  it('lists exactly the rows of the phrases it enumerates, and counts the others', async () => {
    const plan = buildMatchExpression(analyzeQuery('Ban Tổ chức Tỉnh ủy', {}))
    const texts = [...new Set((parsePhrases(plan?.expression ?? '') ?? []).map((p) => p.text))]
    const counts = new PhraseCounts(30)
    const stats = await counts.stat(client, LIVE, String(version), texts)
    let listed = 0
    for (const [i, text] of texts.entries()) {
      const rows = await client.execute({
        sql: `SELECT rowid FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ? ORDER BY rowid`,
        args: [text],
      })
      const rids = rows.rows.map((r) => Number(r['rowid']))
      expect(stats[i]?.count, text).toBe(rids.length)
      if (rids.length <= 30) {
        listed++
        expect(
          [...(stats[i]?.rids ?? [])].sort((a, b) => a - b),
          text,
        ).toEqual(rids)
      } else expect(stats[i]?.rids, text).toBeNull()
    }
    expect(listed).toBeGreaterThan(0)
    expect(listed).toBeLessThan(texts.length)
  })

  it('answers from the exact title and name matches alone when k of them match', async () => {
    // Depth 0 is the attempt before any list is read: its candidates are only the top matches,
    // so its page must still be the exact statement's, on the first page and past it.
    let alone = 0
    for (const q of queries) {
      for (const [limit, offset] of [
        [10, 0],
        [5, 5],
      ] as const) {
        const got = await impactRids(q, [16, 128], limit, offset)
        if (got?.depth !== 0) continue
        alone++
        expect(got.rids, `${q} (${offset})`).toEqual(await exactRids(q, limit, offset))
      }
    }
    expect(alone).toBeGreaterThan(5)
  })

  it('reads a deeper list’s first rows as a shallower list, exactly', async () => {
    // The rebuild lists common words deep; queries read them 256 rows deep first. Here every
    // list is built 1,024 deep, then read 16 and 128 deep: the rows past the prefix must be
    // bounded by the next listed row's score, not by the deep list's floor.
    const sample = queries.slice(0, 60)
    for (const q of sample) await impactRids(q, [1024])
    let shallow = 0
    for (const q of sample) {
      const got = await impactRids(q, [16, 128])
      if (got === null) continue
      if (got.depth === 16) shallow++
      expect(got.rids, q).toEqual(await exactRids(q, 10))
    }
    expect(shallow).toBeGreaterThan(0)
  })

  it('pages past the first one the same way', async () => {
    let proved = 0
    for (const q of queries.slice(0, 40)) {
      const got = await impactRids(q, [32, 256], 10, 10)
      if (got === null) continue
      proved++
      expect(got.rids, q).toEqual(await exactRids(q, 10, 10))
    }
    // Second pages were proven, so the comparison ran (a path handing every page back passed).
    expect(proved).toBeGreaterThan(0)
  })

  it('hands back when no list depth can prove the page', async () => {
    // One word: no title phrase or name makes its first rows top matches.
    const q = 'phát'
    // Lists persist; start this word's afresh so depth 1 is what the bound gets.
    await client.execute(`DELETE FROM ${LIVE.termTop}`)
    await client.execute(`DELETE FROM ${LIVE.termFloor}`)
    expect(await impactRids(q, [1])).toBeNull()
    // Lists deeper than the index hold every row with their word: nothing is left to bound.
    const deep = await impactRids(q, [1, 5000])
    expect(deep?.depth).toBe(5000)
    expect(deep?.rids).toEqual(await exactRids(q, 10))
  })

  it('reads rows written since a deep list was built with its prefix', async () => {
    // One word, its list built 512 deep, then read 64 and 256 deep after a write: the written
    // row (no score in the list) must be a candidate whatever the prefix.
    const q = 'kết'
    await impactRids(q, [512])
    const doc = searchDoc('impact-prefix-new', {
      title: 'Tin ngắn',
      sapo: 'Kết, kết, kết.',
      body: 'Kết.',
      publishedAt: new Date().toISOString(),
    })
    await engine.upsert([doc])
    version++
    const after = await exactRids(q, 10)
    const rid = await client.execute({
      sql: `SELECT rid FROM ${LIVE.docs} WHERE id = ?`,
      args: [doc.id],
    })
    expect(after[0]).toBe(Number(rid.rows[0]?.['rid']))
    const got = await impactRids(q, [64, 256])
    expect(got?.depth).toBeLessThan(512)
    expect(got?.rids).toEqual(after)
    await engine.remove([doc.id])
    version++
    const removed = await impactRids(q, [64, 256])
    if (removed !== null) expect(removed.rids).toEqual(await exactRids(q, 10))
  })

  it('stays exact after writes to a listed word', async () => {
    // One word: no title phrase or name, so no row is a top match found without the lists.
    const q = 'chuyển'
    expect((await impactRids(q, [64, 512]))?.rids).toEqual(await exactRids(q, 10))
    expect((await impactRids(q, [64, 512], 10, 0, 40))?.rids).toEqual(await exactRids(q, 10))
    // A short article that says little else: it goes straight to the top of the word's list.
    const doc = searchDoc('impact-new', {
      title: 'Tin ngắn',
      sapo: 'Chuyển, chuyển, chuyển.',
      body: 'Chuyển.',
      publishedAt: new Date().toISOString(),
    })
    await engine.upsert([doc])
    version++
    const after = await exactRids(q, 10)
    const got = await impactRids(q, [64, 512])
    expect(got?.rids).toEqual(after)
    expect((await impactRids(q, [64, 512], 10, 0, 40))?.rids).toEqual(after)
    const idRow = await client.execute({
      sql: `SELECT rid FROM ${LIVE.docs} WHERE id = ?`,
      args: [doc.id],
    })
    expect(after[0]).toBe(Number(idRow.rows[0]?.['rid']))
    await engine.remove([doc.id])
    version++
    expect((await impactRids(q, [64, 512]))?.rids).toEqual(await exactRids(q, 10))
    expect((await impactRids(q, [64, 512], 10, 0, 40))?.rids).toEqual(await exactRids(q, 10))
  })
})
