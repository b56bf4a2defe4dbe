// The huge-result-set path of the embedded engine: estimated totals and facets, tiered ranking.
// The fixture contract is too small to reach it, so this builds a 9,000-article index.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteFtsEngine } from '@/search/engines/sqlite-fts'
import type { SearchDocument } from '@/search/types'

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

  it('ranks title, then sapo matches first, then the rest, without overlap across pages', async () => {
    const q = 'kinh tế'
    const index = (h: { id: string }): number => Number(h.id.slice(1))
    const first = await engine.search({ q, limit: 50 })
    expect(first.rankingTiered).toBe(true)
    expect(first.hits.every((h) => h.title.includes(q))).toBe(true)
    const lastTitled = await engine.search({ q, limit: 50, page: TITLED / 50 })
    expect(lastTitled.hits.every((h) => h.title.includes(q))).toBe(true)
    // The sapo tier comes next, before any article that holds the words only in its body.
    const sapo = await engine.search({ q, limit: 50, page: TITLED / 50 + 1 })
    expect(sapo.hits).toHaveLength(50)
    expect(sapo.hits.every((h) => index(h) >= TITLED && index(h) < LEAD)).toBe(true)
    const lastLead = await engine.search({ q, limit: 50, page: LEAD / 50 })
    expect(lastLead.hits.every((h) => index(h) >= TITLED && index(h) < LEAD)).toBe(true)
    const rest = await engine.search({ q, limit: 50, page: LEAD / 50 + 1 })
    expect(rest.hits).toHaveLength(50)
    expect(rest.hits.every((h) => index(h) >= LEAD)).toBe(true)
    const ids = new Set(
      [...lastTitled.hits, ...sapo.hits, ...lastLead.hits, ...rest.hits].map((h) => h.id),
    )
    expect(ids.size).toBe(200)
    expect(rest.hits[0]?.snippet).toContain('<mark>kinh tế</mark>')
  })

  it('fills a page that straddles the lead tier and the rest without gaps', async () => {
    const q = 'kinh tế'
    const index = (h: { id: string }): number => Number(h.id.slice(1))
    // 4000 lead rows: page 134 of 30 holds the lead tier's last 10 rows and the rest's first 20.
    const straddle = await engine.search({ q, limit: 30, page: 134 })
    expect(straddle.hits.map((h) => index(h) < LEAD)).toEqual([
      ...Array<boolean>(10).fill(true),
      ...Array<boolean>(20).fill(false),
    ])
    // 3000 title rows: page 86 of 35 holds the title tier's last 25 rows and the sapo tier's first 10.
    const titleEdge = await engine.search({ q, limit: 35, page: 86 })
    expect(titleEdge.hits.map((h) => index(h) < TITLED)).toEqual([
      ...Array<boolean>(25).fill(true),
      ...Array<boolean>(10).fill(false),
    ])
    expect(titleEdge.hits.every((h) => index(h) < LEAD)).toBe(true)
    const next = await engine.search({ q, limit: 30, page: 135 })
    const restFirst = await engine.search({ q, limit: 50, page: LEAD / 50 + 1 })
    expect([...straddle.hits.slice(10), ...next.hits].map((h) => h.id)).toEqual(
      restFirst.hits.map((h) => h.id),
    )
  })

  it('keeps exact counts for selective queries', async () => {
    const r = await engine.search({ q: 'xyzzy' })
    expect(r.total).toBe(1)
    expect(r.totalApproximate).toBeUndefined()
    expect(r.hits.map((h) => h.id)).toEqual(['d4321'])
  })

  it('counts filtered tiers to place deep pages', async () => {
    const index = (h: { id: string }): number => Number(h.id.slice(1))
    // Odd articles are features: 1500 in the title tier, 500 in the sapo tier.
    const sapo = await engine.search({ q: 'kinh tế', kind: 'feature', limit: 50, page: 31 })
    expect(sapo.hits).toHaveLength(50)
    expect(sapo.hits.every((h) => index(h) >= TITLED && index(h) < LEAD)).toBe(true)
    const rest = await engine.search({ q: 'kinh tế', kind: 'feature', limit: 50, page: 41 })
    expect(rest.hits).toHaveLength(50)
    expect(rest.hits.every((h) => index(h) >= LEAD && h.kind === 'feature')).toBe(true)
  })

  it('applies filters on the estimated path', async () => {
    const r = await engine.search({ q: 'kinh tế', kind: 'feature', limit: 20 })
    expect(r.hits.every((h) => h.kind === 'feature')).toBe(true)
    expect(Math.abs(r.total - N / 2) / N).toBeLessThan(0.1)
    expect(Object.keys(r.facets.kind)).toEqual(['feature'])
  })
})
