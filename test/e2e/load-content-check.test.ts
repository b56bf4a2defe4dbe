// The load benchmark counts a 2xx answer only when it is the page asked for
// (bench/load/content-check.ts). Its rules run here on the demo portal's real pages, so the
// check never turns a good answer of the real server into an error, and refuses a real error page.
import { describe, expect, it } from 'vitest'

import { foundNothing, wrongContent } from '../../bench/load/content-check'
import { baseUrl } from '../helpers/e2e/browser'

async function get(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${baseUrl()}${path}`)
  return { status: res.status, html: await res.text() }
}

describe('the load benchmark’s content check on the real server', () => {
  it('accepts the home page, a listing, an article and a search, cached or not', async () => {
    const home = await get('/')
    const article = /href="(\/bai-viet\/[^"#?]+)"/.exec(home.html)?.[1]
    expect(article).toBeDefined()
    const pages: Array<[string, string]> = [
      ['read:home', '/'],
      ['read:category', '/chuyen-muc/xay-dung-dang'],
      ['read:article', article!],
      ['search', `/tim-kiem?q=${encodeURIComponent('chuyển đổi số')}`],
      ['search', '/tim-kiem?q=hoi+nghi'],
    ]
    // Twice: the first answer may render, the second may come from the page cache.
    for (const round of [1, 2])
      for (const [kind, path] of pages) {
        const { status, html } = await get(path)
        expect(status, `${path} (${round})`).toBe(200)
        expect(wrongContent(kind, path, html), `${path} (${round})`).toBeNull()
      }
  })

  it('tells a search that found nothing from one that found something', async () => {
    expect(foundNothing((await get('/tim-kiem?q=hoi+nghi')).html)).toBe(false)
    expect(foundNothing((await get('/tim-kiem?q=zzqxw+vvkjq')).html)).toBe(true)
  })

  it('refuses the error page and another page than the one asked for', async () => {
    const missing = await get('/bai-viet/bai-viet-khong-ton-tai')
    expect(missing.status).toBe(404)
    expect(wrongContent('read:article', '/bai-viet/bai-viet-khong-ton-tai', missing.html)).toMatch(
      /^error page/,
    )
    const home = await get('/')
    expect(wrongContent('read:category', '/chuyen-muc/xay-dung-dang', home.html)).toMatch(
      /^another page/,
    )
  })
})
