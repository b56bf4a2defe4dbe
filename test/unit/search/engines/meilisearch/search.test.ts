// Request building and response handling of searches, against the fake server (real HTTP).
import { describe, expect, it } from 'vitest'

import { toMeiliDocument } from '@/search/engines/meilisearch/documents'
import type { SearchDocument } from '@/search/types'

import { ARTICLES, byId } from '../../../../fixtures/search/articles'
import type { Doc } from '../../../../helpers/fake-meilisearch-search'
import { useFakeMeilisearch } from './fake-server'

const { server, engine: makeEngine } = useFakeMeilisearch()

interface SearchRequest {
  q: string
  sort?: string[]
  filter?: string[]
  attributesToSearchOn?: string[]
  attributesToHighlight?: string[]
}

async function engineWith(docs: SearchDocument[]) {
  const engine = makeEngine()
  await engine.init()
  await engine.upsert(docs)
  return engine
}

const meili = (id: string): Doc => ({ ...toMeiliDocument(byId(id)) })

describe('meilisearch engine: searches', () => {
  it('keeps the plain hits after the exact-spelling hits (ids are displayed)', async () => {
    const engine = await engineWith(ARTICLES)
    // As a real server would rank "Ban Tổ chức": a1 spelled exactly, a2 only folded.
    // The exact pass is the one carrying fold-proof codes ("toor" = "tổ").
    server.onSearch = (_uid, body) =>
      body.q?.includes('toor') ? { hits: [meili('a1')] } : { hits: [meili('a1'), meili('a2')] }
    const r = await engine.search({ q: 'Ban Tổ chức' })
    expect(r.hits.map((h) => h.id)).toEqual(['a1', 'a2'])
  })

  it('asks for highlighting of the cropped fields, so snippets carry <mark>', async () => {
    const engine = await engineWith(ARTICLES)
    const hit = (await engine.search({ q: 'dang uy khoi' })).hits.find((h) => h.id === 'a3')
    expect(hit?.snippet).toContain('<mark>Đảng uỷ Khối</mark>')
    expect(hit?.titleHighlighted).toContain('<mark>Đảng uỷ Khối</mark>')
  })

  it('escapes the text Meilisearch returns and keeps only its own marks', async () => {
    const doc = {
      ...byId('a10'),
      id: 'x1',
      title: 'Thẻ <b> & "nháy"',
      body: 'Đoạn <script>alert(1)</script> <mark>giả</mark> có từ xylophone.',
    }
    const engine = await engineWith([doc])
    const hit = (await engine.search({ q: 'xylophone' })).hits[0]
    expect(hit?.snippet).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(hit?.snippet).toContain('&lt;mark&gt;giả&lt;/mark&gt;')
    expect(hit?.snippet).toContain('<mark>xylophone</mark>')
    expect(hit?.snippet.match(/<mark>/g)).toHaveLength(1)
    expect(hit?.titleHighlighted).toBe('Thẻ &lt;b&gt; &amp; &quot;nháy&quot;')
  })

  it('marks cropped snippets like the embedded engine ("… text …")', async () => {
    const long = `${'chữ '.repeat(40)}tượng đài ${'chữ '.repeat(40)}`.trim()
    const engine = await engineWith([{ ...byId('a6'), body: long, sapo: '', captions: [] }])
    const hit = (await engine.search({ q: 'tượng đài' })).hits[0]
    expect(hit?.snippet).toMatch(/^… .*<mark>tượng đài<\/mark>.* …$/)
  })

  it('runs the exact pass on the exact fields only, with codes alone', async () => {
    const engine = await engineWith(ARTICLES)
    await engine.search({ q: 'Ban Tổ chức' })
    const exact = server
      .sent<SearchRequest>('POST', '/search')
      .find((b) => b.attributesToSearchOn?.includes('titleExact'))
    expect(exact?.attributesToSearchOn).toEqual([
      'titleExact',
      'namesExact',
      'sapoExact',
      'bodyExact',
      'extraExact',
    ])
    expect(exact?.q).toBe('banz toor chuwcs')
  })

  it('finds a caption credit through its exact copy', async () => {
    const engine = await engineWith(ARTICLES)
    const r = await engine.search({ q: 'tượng đài' })
    expect(r.hits.map((h) => h.id)).toEqual(['a6'])
    const exact = server
      .sent<SearchRequest>('POST', '/search')
      .find((b) => b.attributesToSearchOn?.includes('titleExact'))
    expect(exact?.q).toBe('tuwowngj ddaif')
  })

  it('keeps the plain query off the exact copies, so raw telex gets decoded', async () => {
    const engine = await engineWith(ARTICLES)
    const r = await engine.search({ q: 'chuyeenr ddooir soos' })
    expect(r.decodedFrom).toBe('telex')
    expect(r.query).toBe('chuyển đổi số')
    expect(r.hits.map((h) => h.id)).toEqual(expect.arrayContaining(['a4', 'a5']))
  })

  it('lists by filters alone newest first', async () => {
    const engine = await engineWith(ARTICLES)
    await engine.search({ q: '', category: 'xay-dung-dang' })
    const [listing] = server.sent<SearchRequest>('POST', '/search')
    expect(listing?.q).toBe('')
    expect(listing?.sort).toEqual(['publishedAtTs:desc'])
  })

  it('flags a total that reached maxTotalHits as a lower bound', async () => {
    const engine = await engineWith(ARTICLES)
    server.onSearch = () => ({ hits: [meili('a1')], totalHits: 5000 })
    const r = await engine.search({ q: 'cán bộ' })
    expect(r.total).toBe(5000)
    expect(r.totalIsLowerBound).toBe(true)
    server.onSearch = () => ({ hits: [meili('a1')], totalHits: 4999 })
    expect((await engine.search({ q: 'cán bộ' })).totalIsLowerBound).toBeUndefined()
  })

  it('escapes filter values the way Meilisearch ≥ 1.4 unescapes them', async () => {
    const engine = await engineWith(ARTICLES)
    await engine.search({ q: '', author: 'a\\b"c' })
    const [listing] = server.sent<SearchRequest>('POST', '/search')
    expect(listing?.filter).toEqual(['authorsKey = "a\\\\b\\"c"'])
  })

  it('answers with the CMS ids of hex-encoded Meilisearch ids', async () => {
    const engine = await engineWith([{ ...byId('a1'), id: 'id with spaces/ü' }])
    const r = await engine.search({ q: 'tập huấn' })
    expect(r.hits.map((h) => h.id)).toEqual(['id with spaces/ü'])
  })

  it('highlights only the requested page of an exact-spelling search, and never ships raw bodies', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...byId('a1'),
      id: `d${String(i).padStart(2, '0')}`,
      slug: `d${i}`,
    }))
    const engine = await engineWith(many)
    const r = await engine.search({ q: 'Ban Tổ chức', limit: 5, page: 6 })
    expect(r.hits).toHaveLength(5)
    expect(r.hits.every((h) => h.snippet.includes('<mark>'))).toBe(true)
    // A hostile deep page must not make the server highlight and send every hit before it.
    expect(server.served.filter((h) => h._formatted).length).toBeLessThanOrEqual(5)
    expect(server.served.filter((h) => 'body' in h)).toEqual([])
  })

  it('applies hostile filter values literally: quotes, backslashes and OR stay inside the value', async () => {
    const author = 'Nguyễn "Ba" \\ Tư'
    const engine = await engineWith([
      { ...byId('a1'), authors: [author], categories: ['x" OR kind = "news'] },
      byId('a2'),
    ])
    const byAuthor = await engine.search({ q: '', author })
    expect(byAuthor.hits.map((h) => h.id)).toEqual(['a1'])
    const injected = await engine.search({ q: '', category: 'nope" OR kind = "news' })
    expect(injected.hits).toEqual([])
    const literal = await engine.search({ q: '', category: 'x" OR kind = "news' })
    expect(literal.hits.map((h) => h.id)).toEqual(['a1'])
    const trailing = await engine.search({ q: '', author: 'Tư\\' })
    expect(trailing.total).toBe(0)
  })

  it('lists by filters alone with the newest article first', async () => {
    const engine = await engineWith(ARTICLES)
    const r = await engine.search({ q: '', limit: 50 })
    const dates = r.hits.map((h) => Date.parse(h.publishedAt))
    expect(dates.length).toBeGreaterThan(3)
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it('gives marker characters written in an article no power over the markup', async () => {
    const doc = {
      ...byId('a10'),
      id: 'x2',
      title: 'Tiêu đề \u0002</b>\u0001<img src=x onerror=alert(1)>',
      body: 'Mở đầu \u0001không phải\u0002 từ khóa, rồi đến xylophone \u0003 và \u0001 cuối.',
    }
    const engine = await engineWith([doc])
    const hit = (await engine.search({ q: 'xylophone' })).hits[0]
    expect(hit?.snippet.match(/<mark>/g)).toHaveLength(1)
    expect(hit?.snippet).toContain('<mark>xylophone</mark>')
    expect(hit?.titleHighlighted).not.toMatch(/<(?!\/?mark>)/)
    expect(hit?.titleHighlighted).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('indexes, finds and removes an article whose id is too long to hex-encode', async () => {
    const id = `bài viết/${'x'.repeat(300)}`
    const engine = await engineWith([{ ...byId('a1'), id }])
    expect((await engine.search({ q: 'tập huấn' })).hits.map((h) => h.id)).toEqual([id])
    await engine.remove([id])
    expect(await engine.count()).toBe(0)
  })
})
