/**
 * The error pages have addresses of their own (/trang-loi/404, /trang-loi/500, /en/error/404,
 * /en/error/500) because Express fetches them to replace Next's empty error shell. Requested
 * there directly they answered 200, so a crawler that found one indexed "Không tìm thấy trang" as
 * a page of the portal. Over real HTTP on the production server with the demo seed: requested
 * directly they answer with their own status, `noindex` in the header and the page, cached or
 * not; no sitemap lists them; and they are still what a reader gets for a real missing page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' }, true)
})

afterAll(async () => {
  await server?.close()
})

const PAGES = [
  { path: '/trang-loi/404', status: 404, lang: 'vi', title: 'Không tìm thấy trang' },
  { path: '/trang-loi/500', status: 500, lang: 'vi', title: 'Đã có lỗi xảy ra' },
  { path: '/en/error/404', status: 404, lang: 'en', title: 'Page not found' },
  { path: '/en/error/500', status: 500, lang: 'en', title: 'Something went wrong' },
] as const

describe('error pages at their own address', () => {
  for (const { path, status, lang, title } of PAGES) {
    it(`${path} answers ${status} with noindex, every time and to HEAD`, async () => {
      // The second request is the one a page cache would answer.
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
        const html = await res.text()
        expect(res.status).toBe(status)
        expect(res.headers.get('x-robots-tag')).toContain('noindex')
        expect(html).toContain(`<html lang="${lang}"`)
        expect(html).toContain(title)
        expect(html).toMatch(/<meta name="robots" content="noindex/)
        expect(html).not.toContain('__next_error__')
      }
      const head = await fetch(`${server.url}${path}`, { method: 'HEAD' })
      expect(head.status).toBe(status)
    })
  }
})

describe('the pages the server renders for real errors', () => {
  it('answers a missing Vietnamese address 404 with the portal’s page', async () => {
    const res = await fetch(`${server.url}/khong-co-trang-nay-${Date.now()}`)
    const html = await res.text()
    expect(res.status).toBe(404)
    expect(html).toContain('<html lang="vi"')
    expect(html).toContain('Không tìm thấy trang')
    expect(html).not.toContain('__next_error__')
  })

  it('answers a missing English address 404 with the English page', async () => {
    const res = await fetch(`${server.url}/en/no-such-page-${Date.now()}`)
    const html = await res.text()
    expect(res.status).toBe(404)
    expect(html).toContain('<html lang="en"')
    expect(html).toContain('Page not found')
  })
})

describe('sitemaps', () => {
  it('list none of the error pages', async () => {
    const index = await (await fetch(`${server.url}/sitemap.xml`)).text()
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    expect(maps.length).toBeGreaterThan(0)
    const bodies = [index, await (await fetch(`${server.url}/sitemap-news.xml`)).text()]
    for (const map of maps) {
      const res = await fetch(`${server.url}${map}`)
      expect(res.status).toBe(200)
      bodies.push(await res.text())
    }
    const all = bodies.join('\n')
    // The demo's pages are listed (the check can see a page), the error pages are not.
    expect(all).toContain('/gioi-thieu')
    expect(all).not.toMatch(/trang-loi|\/en\/error/)
  })
})
