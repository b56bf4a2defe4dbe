// One behavioural contract for every SearchEngine. Each engine's test file calls
// runSearchEngineContract with a factory that returns a fresh, empty engine.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { IndexedEntry, SearchQuery, SearchResult } from '@/search/types'
import { type SearchDocument, type SearchEngine, SearchQueryError } from '@/search/types'

import { ARTICLES, byId } from '../../../fixtures/search/articles'

export type EngineFactory = () => SearchEngine | Promise<SearchEngine>

const ids = (r: SearchResult): string[] => r.hits.map((h) => h.id)

async function freshEngine(make: EngineFactory, docs: SearchDocument[]): Promise<SearchEngine> {
  const engine = await make()
  await engine.init()
  await engine.upsert(docs)
  return engine
}

export function runSearchEngineContract(name: string, make: EngineFactory): void {
  describe(`${name}: search contract (read-only)`, () => {
    let engine: SearchEngine
    const search = (q: string, extra: Omit<SearchQuery, 'q'> = {}): Promise<SearchResult> =>
      engine.search({ q, limit: 50, ...extra })

    beforeAll(async () => {
      engine = await freshEngine(make, ARTICLES)
    })
    afterAll(async () => {
      await engine?.close()
    })

    it('is healthy and counts documents', async () => {
      expect(await engine.health()).toBe(true)
      expect(await engine.count()).toBe(ARTICLES.length)
    })

    it('init is idempotent', async () => {
      await engine.init()
      expect(await engine.count()).toBe(ARTICLES.length)
    })

    it('matches without diacritics', async () => {
      const r = await search('dang uy khoi')
      expect(ids(r)).toEqual(expect.arrayContaining(['a3', 'a4']))
    })

    it('matches old and new tone placement both ways', async () => {
      expect(ids(await search('Đảng ủy Khối'))).toContain('a3')
      expect(ids(await search('Đảng uỷ Khối'))).toContain('a4')
      expect(ids(await search('văn hóa')).sort()).toEqual(['a10', 'a9'])
      expect(ids(await search('văn hoá')).sort()).toEqual(['a10', 'a9'])
    })

    it('ranks exact diacritics above folded look-alikes', async () => {
      const r = ids(await search('Ban Tổ chức'))
      expect(r[0]).toBe('a1')
      expect(r).toContain('a2')
    })

    it('weighs the title above the body', async () => {
      const r = ids(await search('trường học'))
      expect(r[0]).toBe('a11')
      expect(r).toContain('a12')
    })

    it('boosts adjacent words and honours quoted phrases', async () => {
      const loose = ids(await search('an ninh mạng'))
      expect(loose[0]).toBe('a13')
      expect(loose).toContain('a14')
      expect(ids(await search('"an ninh mạng"'))).toEqual(['a13'])
    })

    it('ranks a literal title phrase above abbreviation-only matches', async () => {
      for (const q of ['Đảng ủy Khối', 'dang uy khoi']) {
        const r = ids(await search(q))
        // a4 only carries "ĐUK" in its title; a3's title spells the phrase out.
        expect(r.indexOf('a3')).toBeGreaterThanOrEqual(0)
        expect(r.indexOf('a3')).toBeLessThan(r.indexOf('a4'))
      }
    })

    it('finds document numbers whole and by parts', async () => {
      expect(ids(await search('12-NQ/ĐUK'))[0]).toBe('a4')
      expect(ids(await search('12-nq/duk'))[0]).toBe('a4')
      expect(ids(await search('nghi quyet 12'))).toContain('a4')
    })

    it('expands abbreviations both ways', async () => {
      expect(ids(await search('UBND'))).toEqual(expect.arrayContaining(['a7', 'a8']))
      expect(ids(await search('Ủy ban nhân dân'))).toEqual(expect.arrayContaining(['a7', 'a8']))
    })

    it('searches captions, photo credits, authors and signers', async () => {
      expect(ids(await search('Thanh Lê'))).toContain('a6')
      expect(ids(await search('tượng đài'))).toEqual(['a6'])
      expect(ids(await search('Lương Thế Khiêm'))).toEqual(['a4'])
      expect(ids(await search('luong the khiem'))).toEqual(['a4'])
    })

    it('decodes telex typed without an input method', async () => {
      const r = await search('chuyeenr ddooir soos')
      expect(r.decodedFrom).toBe('telex')
      expect(r.query).toBe('chuyển đổi số')
      expect(ids(r)).toEqual(expect.arrayContaining(['a4', 'a5']))
    })

    it('suggests a spelling when nothing matches', async () => {
      const r = await search('đảnq bộ')
      expect(r.total).toBe(0)
      expect(r.didYouMean).toBe('đảng bộ')
    })

    it('filters by kind, category, author and date range', async () => {
      expect(ids(await search('chuyển đổi số', { kind: 'interview' }))).toEqual(['a5'])
      expect(ids(await search('', { category: 'chinh-quyen' })).sort()).toEqual(['a7', 'a8'])
      expect(ids(await search('', { author: 'Thu Hà' })).sort()).toEqual(['a12', 'a5', 'a9'])
      const q1 = await search('', { from: '2024-01-01', to: '2024-03-31' })
      expect(ids(q1).sort()).toEqual(['a1', 'a6', 'a7'])
      expect(ids(await search('', { from: '2024-03-12', to: '2024-03-12' }))).toEqual(['a1'])
    })

    it('counts facets over the matched set', async () => {
      const r = await search('văn hóa')
      expect(r.total).toBe(2)
      expect(r.facets.kind).toEqual({ feature: 1, news: 1 })
      expect(r.facets.category).toEqual({ 'van-hoa': 2 })
      expect(r.facets.year).toEqual({ '2023': 2 })
      const all = await search('')
      expect(all.total).toBe(ARTICLES.length)
      expect(Object.values(all.facets.kind).reduce((a, b) => a + b, 0)).toBe(ARTICLES.length)
      expect(all.facets.category['xay-dung-dang']).toBe(3)
    })

    it('sorts by date, newest first', async () => {
      const r = await search('tỉnh', { sort: 'date' })
      expect(r.hits.length).toBeGreaterThan(3)
      const dates = r.hits.map((h) => Date.parse(h.publishedAt))
      expect(dates).toEqual([...dates].sort((a, b) => b - a))
    })

    it('paginates without overlap', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => search('', { page, limit: 5 })))
      expect(pages.map((p) => p.hits.length)).toEqual([5, 5, 4])
      expect(new Set(pages.flatMap(ids)).size).toBe(ARTICLES.length)
      expect(pages[1]?.page).toBe(2)
      expect(pages[1]?.limit).toBe(5)
      expect(pages[0]?.total).toBe(ARTICLES.length)
      expect((await search('', { limit: 500 })).limit).toBe(50)
    })

    it('highlights the original text with its diacritics', async () => {
      const hit = (await search('dang uy khoi')).hits.find((h) => h.id === 'a3')
      expect(hit?.titleHighlighted).toContain('<mark>Đảng uỷ Khối</mark>')
      expect(hit?.snippet).toContain('<mark>Đảng uỷ Khối</mark>')
      expect(hit?.url).toBe(byId('a3').url)
    })

    it('never fails on hostile input (or fails with SearchQueryError only)', async () => {
      const hostile = [
        '"',
        '""',
        'NEAR(',
        'a NEAR/2 b',
        '*',
        'OR',
        'AND NOT',
        "'; DROP TABLE search_docs; --",
        'title_x : x',
        '{title_f}: đảng',
        '^đảng',
        'x'.repeat(10_000),
        'đảng '.repeat(2000),
        '😀🇻🇳',
        '\u0000\u0007\u001b[31m',
        '\ud800',
        '   ',
        '-',
        '12-NQ/ĐUK"',
      ]
      for (const q of hostile) {
        try {
          const r = await search(q)
          expect(typeof r.total).toBe('number')
        } catch (err) {
          expect(err).toBeInstanceOf(SearchQueryError)
        }
      }
      expect(await engine.count()).toBe(ARTICLES.length)
    })

    it('rejects unusable filters with a Vietnamese message', async () => {
      const err: unknown = await search('đảng', { from: 'hôm qua' }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(SearchQueryError)
      expect((err as SearchQueryError).userMessage).toMatch(/không hợp lệ/)
    })
  })

  describe(`${name}: search contract (writes)`, () => {
    let engine: SearchEngine

    beforeAll(async () => {
      engine = await freshEngine(make, ARTICLES)
    })
    afterAll(async () => {
      await engine?.close()
    })

    it('upsert replaces a document', async () => {
      const a1 = byId('a1')
      await engine.upsert([{ ...a1, title: 'Ban Tổ chức Tỉnh ủy khảo sát công tác quy hoạch' }])
      expect(await engine.count()).toBe(ARTICLES.length)
      expect(ids(await engine.search({ q: 'khảo sát quy hoạch' }))).toEqual(['a1'])
      expect(ids(await engine.search({ q: 'tập huấn nghiệp vụ' }))).not.toContain('a1')
    })

    it('escapes HTML in snippets and titles', async () => {
      const doc = {
        ...byId('a10'),
        id: 'x1',
        slug: 'x1',
        title: 'Thẻ <b> & "nháy" trong tiêu đề',
        body: 'Đoạn <script>alert(1)</script> có từ khóa hiếm xylophone.',
      }
      await engine.upsert([doc])
      const hit = (await engine.search({ q: 'xylophone' })).hits[0]
      expect(hit?.snippet).toContain('&lt;script&gt;')
      expect(hit?.snippet).toContain('<mark>xylophone</mark>')
      expect(hit?.titleHighlighted).toContain('&lt;b&gt; &amp; &quot;nháy&quot;')
      await engine.remove(['x1'])
    })

    it('lists what it holds in id order, with updatedAt, for reconciliation', async () => {
      const listed: string[] = []
      let after: string | null = null
      for (;;) {
        const page: IndexedEntry[] = (await engine.listIndexed?.(after, 4)) ?? []
        if (page.length === 0) break
        listed.push(...page.map((e) => e.id))
        after = page.at(-1)?.id ?? null
      }
      expect(listed).toEqual(ARTICLES.map((a) => a.id).sort())
      await engine.upsert([{ ...byId('a3'), updatedAt: '2026-11-01T00:00:00.000Z' }])
      const a3 = (await engine.listIndexed?.('a29', 1))?.[0]
      expect(a3).toEqual({ id: 'a3', updatedAt: '2026-11-01T00:00:00.000Z' })
    })

    it('remove deletes documents', async () => {
      await engine.remove(['a2', 'does-not-exist'])
      expect(await engine.count()).toBe(ARTICLES.length - 1)
      expect(ids(await engine.search({ q: 'đại hội đảng bộ' }))).not.toContain('a2')
    })

    it('rebuild swaps in a new index while searches keep answering', async () => {
      const next = [
        ...ARTICLES.filter((a) => a.id !== 'a14'),
        { ...byId('a13'), id: 'n1', slug: 'n1', title: 'Bài mới sau khi dựng lại chỉ mục' },
      ]
      let release: () => void = () => undefined
      const gate = new Promise<void>((resolve) => {
        release = resolve
      })
      let paused: () => void = () => undefined
      const midway = new Promise<void>((resolve) => {
        paused = resolve
      })
      async function* source(): AsyncGenerator<SearchDocument[]> {
        yield next.slice(0, 5)
        yield next.slice(5, 8)
        // The engine asks for a third batch once the first is on its way to the index (the
        // embedded engine reads ahead while its writer thread writes, engines/sqlite/bulk-writer.ts).
        paused()
        await gate
        yield next.slice(8)
      }
      const progress: number[] = []
      const running = engine.rebuild(source(), (done) => progress.push(done))
      // Mid-rebuild (a batch written, the last held back), the old index still answers,
      // including documents the new one will drop.
      await midway
      await vi.waitFor(() => expect(progress[0]).toBe(5))
      expect(ids(await engine.search({ q: 'an ninh trật tự' }))).toContain('a14')
      expect(await engine.count()).toBe(ARTICLES.length - 1)
      // A write arriving mid-rebuild must survive the swap.
      await engine.upsert([
        { ...byId('a13'), id: 'n2', slug: 'n2', title: 'Tin viết trong lúc dựng' },
      ])
      release()
      expect(await running).toBe(next.length)
      expect(progress.at(-1)).toBe(next.length)
      expect(await engine.count()).toBe(next.length + 1)
      expect(ids(await engine.search({ q: 'tin viết trong lúc dựng' }))).toEqual(['n2'])
      expect(ids(await engine.search({ q: 'an ninh trật tự' }))).not.toContain('a14')
      expect(ids(await engine.search({ q: 'dựng lại chỉ mục' }))).toEqual(['n1'])
      expect(ids(await engine.search({ q: 'Ban Tổ chức' }))[0]).toBe('a1')
      expect(await engine.health()).toBe(true)
    })

    it('applies editor synonyms from settings', async () => {
      // Before: the query word appears in no document (x1 was removed above), so nothing matches.
      expect((await engine.search({ q: 'xylophone' })).total).toBe(0)
      await engine.setSettings({ synonyms: [['xylophone', 'trường học']] })
      expect(ids(await engine.search({ q: 'xylophone' }))).toEqual(
        expect.arrayContaining(['a11', 'a12']),
      )
    })
  })
}
