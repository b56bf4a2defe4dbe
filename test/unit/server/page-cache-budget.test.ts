/**
 * The page cache keeps to its memory budget (PAGE_CACHE_MB): filled with far more pages than fit,
 * it holds no more than the budget, drops the least recently used pages first and keeps the
 * ones read recently. Real Express over real HTTP, with stand-in pages instead of Next.
 */
import type { Server } from 'node:http'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageCache, type PageCacheHandler } from '@/server/page-cache'

const BUDGET = 1024 * 1024
const PAGE = 100 * 1024

let server: Server
let base: string
let cache: PageCacheHandler

beforeAll(async () => {
  const app = express()
  cache = pageCache({ maxBytes: BUDGET })
  app.use(cache)
  app.get('/trang/:n', (req, res) => {
    const filler = 'x'.repeat(PAGE)
    res
      .type('html')
      .send(`<!doctype html><html><body><p>${req.params.n}</p>${filler}</body></html>`)
  })
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s))
  })
  const address = server.address()
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`)
  await res.arrayBuffer()
  return res.headers.get('x-page-cache')
}

describe('page cache budget', () => {
  it('holds at most its budget, dropping the least recently used pages', async () => {
    for (let n = 0; n < 30; n++) expect(await get(`/trang/${n}`)).toBe('MISS')
    // 30 pages of 100 KiB went through a 1 MiB cache: it must not hold more than 1 MiB.
    const full = cache.stats()
    expect(full.maxBytes).toBe(BUDGET)
    expect(full.bytes).toBeLessThanOrEqual(BUDGET)
    expect(full.entries).toBeGreaterThanOrEqual(8)
    expect(full.entries).toBeLessThanOrEqual(10)
    // The newest pages are kept, the first ones are gone.
    expect(await get('/trang/29')).toBe('HIT')
    expect(await get('/trang/0')).toBe('MISS')
    // Reading a page makes it recent: it survives the next pages while older ones go.
    expect(await get('/trang/25')).toBe('HIT')
    for (let n = 100; n < 105; n++) await get(`/trang/${n}`)
    expect(await get('/trang/25')).toBe('HIT')
    expect(await get('/trang/26')).toBe('MISS')
    expect(cache.stats().bytes).toBeLessThanOrEqual(BUDGET)
  })
})
