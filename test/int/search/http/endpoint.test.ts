import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainJobs } from '@/cli/with-payload'
import { closeSearchEngine } from '@/search/engine'
import type { SearchResult } from '@/search/types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { bootPayload, type TestPayload } from '../../../helpers/payload'

let t: TestPayload
let api: ApiServer

const get = async (query: string) => {
  const res = await fetch(`${api.url}/api/search?${query}`)
  return {
    status: res.status,
    body: (await res.json()) as SearchResult & { errors?: Array<{ message: string }> },
  }
}
const q = (text: string, extra = '') => get(`q=${encodeURIComponent(text)}${extra}`)

beforeAll(async () => {
  t = await bootPayload('search-api')
  const { seedDemo } = await import('@/seed')
  await seedDemo(t.payload)
  await drainJobs(t.payload)
  api = await startApiServer(t.payload.config)
})

afterAll(async () => {
  await api?.close()
  await closeSearchEngine()
  await t?.cleanup()
})

describe('GET /api/search', () => {
  it('answers with hits, facets, total and timing', async () => {
    const { status, body } = await q('nghi quyet 12')
    expect(status).toBe(200)
    expect(body.total).toBeGreaterThan(0)
    expect(body.hits[0]?.title).toContain('12-NQ/ĐUK')
    expect(body.hits[0]?.url).toMatch(/^\/bai-viet\//)
    expect(body.hits[0]?.snippet).toContain('<mark>')
    expect(body.facets.kind.document).toBeGreaterThan(0)
    expect(typeof body.tookMs).toBe('number')
  })

  it.each([
    ['Đảng ủy Khối', 'Đảng ủy Khối'],
    ['dang uy khoi', 'Đảng ủy Khối'],
    ['12-NQ/ĐUK', '12-NQ/ĐUK'],
    ['chuyeenr ddooir soos', 'chuyển đổi số'],
    ['Ban Tổ chức', 'Ban Tổ chức Tỉnh ủy'],
  ])('%s finds the right article first', async (text, expectedInTitle) => {
    const { status, body } = await q(text)
    expect(status).toBe(200)
    expect(body.hits.length).toBeGreaterThan(0)
    expect(body.hits[0]?.title).toContain(expectedInTitle)
  })

  it('finds every article naming a person: the one they signed and the one reporting them', async () => {
    const { status, body } = await q('Lê Quang Huy')
    expect(status).toBe(200)
    expect(body.hits.map((h) => h.title)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('12-NQ/ĐUK'),
        expect.stringContaining('sơ kết công tác xây dựng Đảng'),
      ]),
    )
  })

  it('finds articles by photo credit and by signer', async () => {
    const credit = await q('Thu Hà')
    expect(credit.body.hits.map((h) => h.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('sơ kết công tác xây dựng Đảng')]),
    )
    const signer = await q('Lê Quang Huy', '&kind=document')
    expect(signer.body.hits[0]?.title).toContain('12-NQ/ĐUK')
  })

  it('filters, sorts and paginates', async () => {
    // Unfiltered, 'Đảng' matches several kinds, so the kind filter has something to remove.
    const all = await q('Đảng', '&limit=50')
    expect(new Set(all.body.hits.map((h) => h.kind)).size).toBeGreaterThan(1)
    const docs = await q('Đảng', '&kind=document&limit=50')
    expect(docs.body.hits.length).toBeGreaterThan(0)
    expect(docs.body.hits.map((h) => h.kind)).toEqual(docs.body.hits.map(() => 'document'))
    expect(docs.body.total).toBeLessThan(all.body.total)
    const byDate = await q('Đảng', '&sort=date&limit=3')
    const dates = byDate.body.hits.map((h) => h.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    const page2 = await q('Đảng', '&sort=date&limit=3&page=2')
    expect(page2.body.hits[0]?.id).not.toBe(byDate.body.hits[0]?.id)
    // The category filter keeps exactly the articles of that category, no more, no fewer.
    const cat = await q('Đảng', '&category=van-ban&limit=50')
    expect(cat.body.hits.length).toBeGreaterThan(0)
    expect(cat.body.total).toBe(all.body.facets.category['van-ban'])
    expect(cat.body.total).toBeLessThan(all.body.total)
    expect(Object.keys(cat.body.facets.category)).toEqual(['van-ban'])
  })

  it.each([
    '"',
    'NEAR(',
    '*',
    'dang*',
    '"unclosed phrase',
    "'; DROP TABLE articles; --",
    '1 OR 1=1',
    'title:hack',
    'AND OR NOT',
    '🎉🇻🇳 Đảng 🎉',
    '\u0000\u0001\u0007 hội nghị \u202e',
    'x'.repeat(900),
    'đ'.repeat(300),
    '(((((((((',
    '^~-+:{}[]',
  ])('hostile q %j never causes a 500', async (text) => {
    const { status, body } = await q(text)
    // Everything a reader can type in q is accepted (the analyzer neutralises syntax; see
    // parse-params.ts), so none of these may be refused, let alone crash the endpoint.
    expect(status).toBe(200)
    expect(typeof body.total).toBe('number')
    expect(Array.isArray(body.hits)).toBe(true)
  })

  it.each([
    ['', 'q missing', 'Vui lòng nhập từ khóa tìm kiếm'],
    [`q=${'a'.repeat(10_000)}`, '10 KB query', 'Từ khóa quá dài'],
    ['q=x&page=0', 'page 0', 'Số trang không hợp lệ'],
    ['q=x&page=abc', 'page not a number', 'Số trang không hợp lệ'],
    ['q=x&limit=500', 'limit too large', 'Số kết quả mỗi trang không hợp lệ'],
    ['q=x&kind=<script>', 'unknown kind', 'Thể loại không hợp lệ'],
    ['q=x&from=2024-13-45', 'bad date', 'Ngày không hợp lệ'],
    ['q=x&from=2025-01-02&to=2024-01-01', 'reversed range', 'Khoảng ngày không hợp lệ'],
    ['q=x&sort=random', 'unknown sort', 'Cách sắp xếp không hợp lệ'],
    ['q=x&category=../../etc', 'bad category', 'Chuyên mục không hợp lệ'],
  ])('%s (%s) → 400 with a Vietnamese message', async (query, _what, message) => {
    const { status, body } = await get(query)
    expect(status).toBe(400)
    // The message names the problem in Vietnamese, with its diacritics intact.
    expect(body.errors?.[0]?.message).toContain(message)
    expect(body.errors).toHaveLength(1)
  })
})
