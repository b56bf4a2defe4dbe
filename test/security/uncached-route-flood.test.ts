import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../helpers/production-server'

/**
 * Flooding what the page cache cannot answer: search result pages (the search engine runs on
 * every request) and pages that do not exist (a 404 is never kept, so `/anh/<random>` used to
 * scan thousands of article bodies per request, without limit). Each client is told apart by
 * X-Forwarded-For, which the server trusts from loopback (TRUST_PROXY).
 */
type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
const SEARCH_LIMIT = 5
const PAGES_LIMIT = 12

const get = (path: string, ip: string) =>
  fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': ip }, redirect: 'manual' })

beforeAll(async () => {
  server = await startProductionServer({
    RATE_LIMIT_SEARCH: String(SEARCH_LIMIT),
    RATE_LIMIT_PAGES: String(PAGES_LIMIT),
  })
})

afterAll(async () => {
  await server?.close()
})

const expectVietnamese429 = async (res: Response) => {
  expect(res.status).toBe(429)
  expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  const html = await res.text()
  expect(html).toContain('lang="vi"')
  expect(html).toContain('Quá nhiều yêu cầu')
  expect(html).toContain('Vui lòng thử lại')
}

describe('rate limits on pages the cache cannot answer', () => {
  it('limits /tim-kiem like /api/search and answers with a Vietnamese page', async () => {
    const statuses: number[] = []
    for (let i = 0; i < SEARCH_LIMIT; i++) {
      const res = await get(`/tim-kiem?q=${encodeURIComponent(`nghị quyết ${i}`)}`, '10.0.0.1')
      statuses.push(res.status)
      await res.arrayBuffer()
    }
    expect(statuses.every((s) => s === 200)).toBe(true)
    await expectVietnamese429(await get('/tim-kiem?q=chuyen+doi+so', '10.0.0.1'))
    // The limit is per client: another reader still searches.
    expect((await get('/tim-kiem?q=chuyen+doi+so', '10.0.0.2')).status).toBe(200)
  })

  it('answers /anh/<random> with a 404 and limits the flood', async () => {
    // A page another reader already had cached.
    expect((await get('/', '10.0.0.4')).status).toBe(200)
    const statuses: number[] = []
    for (let i = 0; i < PAGES_LIMIT; i++) {
      const res = await get(`/anh/nguoi-la-${Math.random().toString(36).slice(2)}`, '10.0.0.3')
      statuses.push(res.status)
      await res.arrayBuffer()
    }
    expect(statuses.every((s) => s === 404)).toBe(true)
    await expectVietnamese429(await get('/anh/nguoi-la-nua', '10.0.0.3'))
    // Cached pages cost nothing and are not limited: the same client still reads them.
    const cached = await get('/', '10.0.0.3')
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-page-cache')).toBe('HIT')
  })

  it('limits paths that only look like files (/bai-viet/x.zz renders a page all the same)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < PAGES_LIMIT; i++) {
      const res = await get(`/bai-viet/${Math.random().toString(36).slice(2)}.zz`, '10.0.0.5')
      statuses.push(res.status)
      await res.arrayBuffer()
    }
    expect(statuses.every((s) => s === 404)).toBe(true)
    expect((await get('/bai-viet/mot-bai-nua.zz', '10.0.0.5')).status).toBe(429)
    // A real file from public/ is not a page and costs nothing.
    expect((await get('/favicon.svg', '10.0.0.5')).status).toBe(200)
  })
})
