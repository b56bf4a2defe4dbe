import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../helpers/production-server'

/**
 * Percent-encoded spellings of one address: `/bai-viet/%70hong-van…` is the article
 * `/bai-viet/phong-van…` (RFC 3986 §6.2.2.2: an escaped unreserved letter is the letter), and Next
 * renders it as such, but the page cache keys on the path as sent and the readership counter
 * records it as a page of its own. Every letter of a slug can be written two ways (and each escape
 * in two cases), so one client could render the article afresh on every request, fill the
 * readers' shared cache with copies that push real pages out, and split an article's views over
 * rows of the admin's "top pages" and its CSV. Such spellings are now sent (308) to the one
 * canonical path before any route, limit, counter or cache sees them.
 */
type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let article = ''

const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`, {
    redirect: 'manual',
    headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36' },
  })
  await res.text()
  return {
    status: res.status,
    cache: res.headers.get('x-page-cache'),
    location: res.headers.get('location'),
  }
}

/** `path` with the first `n` letters of its last segment written as %XX escapes. */
const escaped = (path: string, n: number, lower = false) => {
  const cut = path.lastIndexOf('/') + 1
  const head = path.slice(cut, cut + n).replace(/./g, (c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(2, '0')
    return `%${lower ? hex : hex.toUpperCase()}`
  })
  return path.slice(0, cut) + head + path.slice(cut + n)
}

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' }, true)
  const home = await (await fetch(`${server.url}/`)).text()
  article = /href="(\/bai-viet\/[a-z0-9-]+)"/.exec(home)?.[1] ?? ''
})

afterAll(async () => {
  await server?.close()
})

describe('percent-encoded spellings of a page', () => {
  it('sends every spelling to the one cached page instead of rendering and caching a copy', async () => {
    expect(article).not.toBe('')
    expect((await get(article)).status).toBe(200)
    expect((await get(article)).cache).toBe('HIT')
    for (const variant of [
      escaped(article, 1),
      escaped(article, 3, true),
      `${escaped(article, 2)}?trang=1`,
      article.replace(/-/, '%2d'),
    ]) {
      const res = await get(variant)
      expect(res.status, variant).toBe(308)
      const expected = variant.includes('?') ? `${article}?trang=1` : article
      expect(res.location, variant).toBe(expected)
    }
    expect((await get(article)).cache).toBe('HIT')
  })

  it('keeps escapes that are not letters, in one (upper) case', async () => {
    // A reserved character stays escaped; only the case of its hex digits is normalised.
    const res = await get('/tim-kiem%2fx')
    expect(res.status).toBe(308)
    expect(res.location).toBe('/tim-kiem%2Fx')
    expect((await get('/tim-kiem%2Fx')).status).not.toBe(308)
  })

  it('never turns a spelling into a redirect to another host', async () => {
    // `//evil.example/a` as a Location would be a protocol-relative link to another site.
    const res = await get('//evil.example/%61')
    expect(res.location ?? '').not.toMatch(/^(?:\/\/|[a-z]+:)/i)
    expect(res.status).toBe(400)
  })
})
