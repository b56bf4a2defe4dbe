import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../helpers/production-server'

/**
 * Cache busting: an attacker (or every social network's click ids) appends parameters the
 * pages never read, so each request used to be a fresh render and a fresh cache entry. The
 * cache key now holds only the parameters a route reads, and the cache has a byte budget.
 */
type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
const BUDGET_MB = 1

const get = async (path: string, method = 'GET') => {
  const res = await fetch(`${server.url}${path}`, { method, redirect: 'manual' })
  const body = method === 'GET' ? await res.text() : ''
  return { status: res.status, cache: res.headers.get('x-page-cache'), body }
}

beforeAll(async () => {
  server = await startProductionServer(
    { PAGE_CACHE_MB: String(BUDGET_MB), RATE_LIMIT_PAGES: '100000' },
    true,
  )
})

afterAll(async () => {
  await server?.close()
})

describe('page cache keys', () => {
  it('serves random, utm_* and fbclid parameters from the one cached page', async () => {
    await get('/')
    expect((await get('/')).cache).toBe('HIT')
    for (const query of [
      `?x=${Math.random()}`,
      '?utm_source=facebook&utm_medium=social&utm_campaign=abc',
      `?fbclid=IwAR${Date.now()}`,
      `?gclid=1&trang=2&a[]=1`,
    ]) {
      const res = await get(`/${query}`)
      expect(res.status, query).toBe(200)
      expect(res.cache, query).toBe('HIT')
    }
  })

  it('keeps the parameters a page reads in the key, in any order', async () => {
    const first = await get('/van-ban?loai=nghi_quyet&nam=2024')
    expect(first.status).toBe(200)
    const swapped = await get(`/van-ban?utm_source=x&nam=2024&loai=nghi_quyet&z=${Math.random()}`)
    expect(swapped.cache).toBe('HIT')
    expect(swapped.body).toBe(first.body)
    const other = await get('/van-ban?nam=2023')
    expect(other.cache).toBe('MISS')
    expect(other.body).not.toBe(first.body)
  })

  it('still honours the real parameters of search and listings', async () => {
    const search = await get(`/tim-kiem?q=${encodeURIComponent('Đảng ủy')}&utm_source=zalo`)
    expect(search.status).toBe(200)
    expect(search.body).toContain('kết quả cho «')
    const category = await get('/chuyen-muc/tin-tuc-su-kien?fbclid=abc')
    expect(category.status).toBe(200)
    const page2 = await get('/chuyen-muc/tin-tuc-su-kien?trang=2&fbclid=abc')
    // The demo category has one page: page 2 is a real, different answer (not the cached page 1).
    expect(page2.status).toBe(404)
  })
})

describe('page cache budget', () => {
  it('evicts by bytes: many distinct keys never hold more than PAGE_CACHE_MB', async () => {
    const sizes = new Map<string, number>()
    const first = '/van-ban?nam=1950'
    const seed = await get(first)
    sizes.set(first, Buffer.byteLength(seed.body))
    expect((await get(first)).cache).toBe('HIT')
    // Real, distinct, cacheable pages (one per year of the filter) until well past the budget.
    let total = 0
    for (let year = 1951; total < 3 * BUDGET_MB * 1024 * 1024 && year < 2199; year++) {
      const path = `/van-ban?nam=${year}`
      const res = await get(path)
      expect(res.status).toBe(200)
      sizes.set(path, Buffer.byteLength(res.body))
      total += Buffer.byteLength(res.body)
    }
    expect(total).toBeGreaterThan(2 * BUDGET_MB * 1024 * 1024)
    // HEAD answers from the cache without rendering or storing, so it shows what is kept.
    let kept = 0
    let keptCount = 0
    for (const [path, size] of sizes) {
      if ((await get(path, 'HEAD')).cache === 'HIT') {
        kept += size
        keptCount++
      }
    }
    expect(keptCount).toBeGreaterThan(0)
    expect(kept).toBeLessThanOrEqual(BUDGET_MB * 1024 * 1024)
    expect((await get(first, 'HEAD')).cache).not.toBe('HIT')
  })
})
