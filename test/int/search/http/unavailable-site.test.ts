// The search outage through the production stack (Express, rate limits, Next): with the
// engine unreachable, the API and the search page answer 503 with the Vietnamese message,
// and the rest of the portal keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../../../helpers/production-server'

const UNAVAILABLE = 'Chức năng tìm kiếm đang tạm gián đoạn. Vui lòng thử lại sau ít phút.'

let server: Awaited<ReturnType<typeof startProductionServer>>

beforeAll(async () => {
  // Port 1 on loopback: nothing listens, so every connection is refused at once.
  server = await startProductionServer({ MEILI_HOST: 'http://127.0.0.1:1', LOG_LEVEL: 'fatal' })
}, 900_000)

afterAll(async () => {
  await server?.close()
  delete process.env.MEILI_HOST
})

describe('search engine unreachable, production server', () => {
  it('the API answers 503 with the Vietnamese message', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('hội nghị')}`)
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ errors: [{ message: UNAVAILABLE }] })
  })

  it('the search page answers 503, in Vietnamese, with Retry-After', async () => {
    const res = await fetch(`${server.url}/tim-kiem?q=${encodeURIComponent('hội nghị')}`)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('60')
    // No shared cache (nginx's micro-cache, a CDN) may keep the outage page and serve it to
    // readers after the engine is back; the page cache does not keep search pages either.
    expect(res.headers.get('cache-control') ?? '').not.toMatch(/public|s-maxage|max-age=[1-9]/)
    expect(res.headers.get('x-page-cache')).not.toBe('HIT')
    const html = (await res.text()).replace(/<!-- -->/g, '')
    expect(html).toMatch(/<html[^>]*lang="vi"/)
    expect(html).toContain(UNAVAILABLE)
  })

  it('keeps serving everything else, and the empty search form', async () => {
    for (const path of ['/', '/tim-kiem', '/api/articles?limit=1']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(200)
    }
    // Still answering searches (with 503) after all that: nothing crashed.
    expect((await fetch(`${server.url}/api/search?q=x`)).status).toBe(503)
  })
})
