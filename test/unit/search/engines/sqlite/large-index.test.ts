// The large-index paths of the embedded engine: estimated totals and facets, the impact path.
// The fixture contract is too small to reach it, so this builds a 9,000-article index.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { compareHits, rankStatement } from '@/search/engines/sqlite/exact'
import { buildMatchExpression } from '@/search/engines/sqlite/match'
import { toRankRow } from '@/search/engines/sqlite/results'
import { LIVE } from '@/search/engines/sqlite/schema'
import { normalizeQuery } from '@/search/query/params'
import type { SearchDocument } from '@/search/types'
import { analyzeQuery } from '@/search/vietnamese/analyze'

const N = 9000
const TITLED = 3000
/** Articles after the titled ones whose sapo, not title, holds the query words. */
const SAPO = 1000
const LEAD = TITLED + SAPO

function doc(i: number): SearchDocument {
  const titled = i < TITLED
  return {
    id: `d${i}`,
    slug: `d${i}`,
    url: `/d${i}`,
    title: titled ? `Phát triển kinh tế xã số ${i}` : `Hội nghị số ${i}`,
    sapo: i >= TITLED && i < LEAD ? 'Tin kinh tế tổng hợp.' : 'Tin tổng hợp.',
    body: `Bàn về kinh tế địa phương. ${i === 4321 ? 'Từ hiếm xyzzy.' : ''}`,
    captions: [],
    credits: [],
    authors: [],
    kind: i % 2 === 0 ? 'news' : 'feature',
    categories: ['kinh-te'],
    tags: [],
    publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
  }
}

describe('sqlite-fts: huge result sets', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-tiers-'))
  const engine = new SqliteFtsEngine(`file:${path.join(dir, 'search.db')}`, { resultCache: false })

  beforeAll(async () => {
    await engine.init()
    async function* source() {
      for (let i = 0; i < N; i += 1000) yield Array.from({ length: 1000 }, (_, k) => doc(i + k))
    }
    await engine.rebuild(source())
  }, 120_000)
  afterAll(async () => {
    await engine.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('estimates total and facets from a sample and says so', async () => {
    const r = await engine.search({ q: 'kinh tế', limit: 10 })
    expect(r.totalApproximate).toBe(true)
    expect(r.facetsApproximate).toBe(true)
    expect(Math.abs(r.total - N) / N).toBeLessThan(0.15)
    const kinds = Object.values(r.facets.kind).reduce((a, b) => a + b, 0)
    expect(Math.abs(kinds - r.total) / N).toBeLessThan(0.05)
    expect(r.facets.category['kinh-te']).toBeGreaterThan(N * 0.85)
  })

  it('ranks title matches first, then lists every other match once', async () => {
    const q = 'kinh tế'
    const first = await engine.search({ q, limit: 50 })
    expect(first.rankedByImpact).toBe(true)
    expect(first.hits.length).toBeGreaterThan(0)
    expect(first.hits.filter((h) => !h.title.includes(q))).toEqual([])
    const pages = []
    // 50 is the largest page the API serves.
    for (let page = 1; page <= N / 50; page++)
      pages.push(await engine.search({ q, limit: 50, page }))
    const hits = pages.flatMap((r) => r.hits)
    expect(hits).toHaveLength(N)
    expect(new Set(hits.map((h) => h.id)).size).toBe(N)
    // Title matches (the top rule) first, then the sapo matches, which weigh more than bodies.
    expect(hits.slice(0, TITLED).every((h) => h.title.includes(q))).toBe(true)
    expect(hits.slice(TITLED, LEAD).every((h) => !h.title.includes(q))).toBe(true)
    expect(hits[N - 1]?.snippet).toContain('<mark>kinh tế</mark>')
  })

  it('keeps exact counts for selective queries', async () => {
    const r = await engine.search({ q: 'xyzzy' })
    expect(r.total).toBe(1)
    expect(r.totalApproximate).toBeUndefined()
    expect(r.hits.map((h) => h.id)).toEqual(['d4321'])
  })

  it('pages a filtered query through every match exactly once', async () => {
    const pages = []
    for (let page = 1; page <= N / 2 / 50; page++) {
      pages.push(await engine.search({ q: 'kinh tế', kind: 'feature', limit: 50, page }))
    }
    const hits = pages.flatMap((r) => r.hits)
    expect(hits).toHaveLength(N / 2)
    expect(new Set(hits.map((h) => h.id)).size).toBe(N / 2)
    expect(hits.every((h) => h.kind === 'feature')).toBe(true)
  })

  it('applies filters on the estimated path', async () => {
    const r = await engine.search({ q: 'kinh tế', kind: 'feature', limit: 20 })
    expect(r.hits).toHaveLength(20)
    expect(r.hits.filter((h) => h.kind !== 'feature')).toEqual([])
    expect(Math.abs(r.total - N / 2) / N).toBeLessThan(0.1)
    expect(Object.keys(r.facets.kind)).toEqual(['feature'])
  })

  it('sorts by date exactly, even an article whose date no longer follows its rowid', async () => {
    // An edit keeps the rowid: d5 is among the oldest rows but now the newest article.
    await engine.upsert([{ ...doc(5), publishedAt: new Date(Date.UTC(2031, 0, 1)).toISOString() }])
    const pages = []
    for (let page = 1; page <= 3; page++) {
      pages.push(await engine.search({ q: 'kinh tế', sort: 'date', limit: 50, page }))
    }
    const hits = pages.flatMap((r) => r.hits)
    expect(hits[0]?.id).toBe('d5')
    expect(hits.slice(1, 4).map((h) => h.id)).toEqual(['d8999', 'd8998', 'd8997'])
    const dates = hits.map((h) => Date.parse(h.publishedAt))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(new Set(hits.map((h) => h.id)).size).toBe(150)
    const features = await engine.search({ q: 'kinh tế', sort: 'date', kind: 'feature' })
    expect(features.hits.slice(0, 2).map((h) => h.id)).toEqual(['d5', 'd8999'])
  })
})

/** The exact statement's ids for a query (bm25 over every match), read from the index file. */
async function exactIds(url: string, q: string, limit: number, offset = 0): Promise<string[]> {
  const client = createClient({ url })
  try {
    const plan = buildMatchExpression(analyzeQuery(q, {}))
    if (!plan) return []
    const query = { ...normalizeQuery({ q, limit: 50 }), limit, offset }
    const rows = (await client.execute(rankStatement(LIVE, plan, query))).rows.map(toRankRow)
    const hits = rows.filter((r) => r.t === 'hit').sort((a, b) => compareHits(a, b, false))
    const ids = await client.execute({
      sql: `SELECT rid, id FROM ${LIVE.docs} WHERE rid IN (${hits.map(() => '?').join(', ')})`,
      args: hits.map((h) => h.rid),
    })
    const byRid = new Map(ids.rows.map((r) => [Number(r['rid']), String(r['id'])]))
    return hits.map((h) => byRid.get(h.rid) ?? '')
  } finally {
    client.close()
  }
}

describe('sqlite-fts: impact path', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-pool-'))
  const url = `file:${path.join(dir, 'search.db')}`
  const engine = new SqliteFtsEngine(url, { resultCache: false })
  // Every query on the sampled path counts as too costly for bm25, as common words do at 100k.
  const pooled = new SqliteFtsEngine(url, { resultCache: false, bm25Budget: 0 })
  // Shallow lists: most pages need the bound, and some the exact statement.
  const shallow = new SqliteFtsEngine(url, {
    resultCache: false,
    bm25Budget: 0,
    impactDepths: [4, 32],
  })
  const extra = (id: string, title: string, sapo: string, body: string, year: number) => ({
    ...doc(0),
    id,
    slug: id,
    url: `/${id}`,
    title,
    sapo,
    body,
    publishedAt: new Date(Date.UTC(year, 0, 1)).toISOString(),
  })

  beforeAll(async () => {
    await engine.init()
    async function* source() {
      // Oldest first, as a reindex writes them: one old article holds the phrase…
      yield [extra('e-old', 'Tập huấn cán bộ', 'Tin tổng hợp.', 'Bảo đảm an ninh mạng.', 2010)]
      for (let i = 0; i < N; i += 1000) yield Array.from({ length: 1000 }, (_, k) => doc(i + k))
      // …and 300 newer ones hold its words apart, in the title.
      yield Array.from({ length: 300 }, (_, k) =>
        extra(`e-apart-${k}`, `Mạng lưới an sinh ở Ninh Hòa số ${k}`, 'Tin.', 'Tin.', 2026),
      )
    }
    await engine.rebuild(source())
    await engine.upsert([
      extra('e-title', 'Ngày hội đọc sách ở Quỳnh Lâm', 'Tin tổng hợp.', 'Bàn về kinh tế.', 2019),
      extra('e-sapo', 'Tin văn hóa', 'Ngày hội đọc sách ở Quỳnh Lâm.', 'Bàn về kinh tế.', 2024),
      extra('e-body', 'Tin cơ sở', 'Tin tổng hợp.', 'Quỳnh Lâm mở ngày hội đọc sách.', 2025),
    ])
  }, 120_000)
  afterAll(async () => {
    await engine.close()
    await pooled.close()
    await shallow.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('ranks a selective query title first, then sapo, then body, with exact counts', async () => {
    const r = await pooled.search({ q: 'ngày hội quỳnh lâm' })
    expect(r.rankedByImpact).toBe(true)
    expect(r.totalApproximate).toBeUndefined()
    expect(r.total).toBe(3)
    expect(r.facets.year).toEqual({ '2019': 1, '2024': 1, '2025': 1 })
    expect(r.hits.map((h) => h.id)).toEqual(['e-title', 'e-sapo', 'e-body'])
    // Where bm25 is affordable it ranks the same query the same way.
    const exact = await engine.search({ q: 'ngày hội quỳnh lâm' })
    expect(exact.rankedByImpact).toBeUndefined()
    expect(exact.hits.map((h) => h.id)).toEqual(['e-title', 'e-sapo', 'e-body'])
  })

  it('finds an old article holding the query as a phrase among newer scattered matches', async () => {
    const r = await pooled.search({ q: 'an ninh mạng' })
    expect(r.rankedByImpact).toBe(true)
    expect(r.total).toBe(301)
    expect(r.hits[0]?.id).toBe('e-old')
  })

  it('answers exactly as the exact statement, page after page, even with shallow lists', async () => {
    for (const q of ['phát triển kinh tế', 'kinh tế', 'an ninh mạng', 'tin tổng hợp', 'bàn về']) {
      for (const page of [1, 2, 5]) {
        const got = await shallow.search({ q, limit: 20, page })
        expect(
          got.hits.map((h) => h.id),
          `${q} p${page}`,
        ).toEqual(await exactIds(url, q, 20, (page - 1) * 20))
      }
    }
  })

  it('keeps the sample’s totals when a huge query falls back to the exact statement', async () => {
    // Lists one row deep prove no page of ten: the impact path hands back. The page is still the
    // exact statement's, and the total the estimate every other huge query shows.
    const paths: string[] = []
    const handBack = new SqliteFtsEngine(url, {
      resultCache: false,
      bm25Budget: 0,
      impactDepths: [1],
      trace: (e) => {
        if (e.kind === 'path') paths.push(e.path)
      },
    })
    try {
      const r = await handBack.search({ q: 'bàn về', limit: 10 })
      expect(paths).toEqual(['fallback'])
      expect(r.rankedByImpact).toBeUndefined()
      expect(r.totalApproximate).toBe(true)
      expect(r.facetsApproximate).toBe(true)
      expect(Math.abs(r.total - N) / N).toBeLessThan(0.15)
      expect(r.hits.map((h) => h.id)).toEqual(await exactIds(url, 'bàn về', 10))
    } finally {
      await handBack.close()
    }
  })

  it('pages through the matches without gaps or repeats', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((page) => pooled.search({ q: 'phát triển kinh tế', limit: 50, page })),
    )
    const hits = pages.flatMap((r) => r.hits)
    expect(hits).toHaveLength(300)
    expect(new Set(hits.map((h) => h.id)).size).toBe(300)
    expect(hits.every((h) => h.title.startsWith('Phát triển kinh tế'))).toBe(true)
    expect(hits.map((h) => h.id)).toEqual(await exactIds(url, 'phát triển kinh tế', 300))
  })

  it('keeps an article in its place in publication order when it is edited', async () => {
    const raw = createClient({ url })
    const ridOf = async (id: string): Promise<number> => {
      const res = await raw.execute({ sql: 'SELECT rid FROM search_docs WHERE id = ?', args: [id] })
      return Number(res.rows[0]?.['rid'])
    }
    const before = await ridOf('d10')
    await engine.upsert([{ ...doc(10), title: 'Phát triển kinh tế xã, bản sửa' }])
    expect(await ridOf('d10')).toBe(before)
    expect((await engine.search({ q: 'bản sửa' })).hits.map((h) => h.id)).toEqual(['d10'])
    expect(before).toBeLessThan(await ridOf('d11'))
    raw.close()
  })
})
