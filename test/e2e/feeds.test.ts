import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launch } from '../helpers/e2e/browser'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launch()
  page = await browser.newPage()
  await page.goto(`${baseUrl()}/robots.txt`)
})

afterAll(async () => {
  await browser?.close()
})

/** Parses with the browser's strict XML parser, which reports any well-formedness error. */
async function parseXml(path: string): Promise<{
  type: string | null
  error: string | null
  root: string
  counts: Record<string, number>
}> {
  const res = await fetch(`${baseUrl()}${path}`)
  expect(res.status).toBe(200)
  const text = await res.text()
  const result = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null
    const counts: Record<string, number> = {}
    for (const tag of ['item', 'url', 'loc', 'news:news', 'channel', 'guid', 'pubDate'])
      counts[tag] = doc.getElementsByTagName(tag).length
    return { error, root: doc.documentElement.nodeName, counts }
  }, text)
  return { type: res.headers.get('content-type'), ...result }
}

describe('feeds and SEO files', () => {
  it('serves a valid RSS 2.0 feed for the site and for a category', async () => {
    const site = await parseXml('/rss.xml')
    expect(site.error).toBeNull()
    expect(site.type).toContain('application/rss+xml')
    expect(site.root).toBe('rss')
    expect(site.counts.item).toBeGreaterThanOrEqual(7)
    expect(site.counts.guid).toBe(site.counts.item)
    const category = await parseXml('/chuyen-muc/xay-dung-dang/rss.xml')
    expect(category.error).toBeNull()
    expect(category.counts.item).toBeGreaterThan(0)
    expect(category.counts.item).toBeLessThan(site.counts.item!)
  })

  it('serves valid sitemaps, including the Google News one', async () => {
    const index = await parseXml('/sitemap.xml')
    expect(index.error).toBeNull()
    expect(index.root).toBe('sitemapindex')
    // The general page (home, documents, categories), articles, tags, authors.
    expect(index.counts.loc).toBeGreaterThanOrEqual(4)
    const general = await parseXml('/sitemap-chung.xml')
    expect(general.error).toBeNull()
    expect(general.counts.url).toBeGreaterThan(5)
    const sitemap = await parseXml('/sitemap-bai-viet-1.xml')
    expect(sitemap.error).toBeNull()
    expect(sitemap.root).toBe('urlset')
    expect(sitemap.counts.url).toBeGreaterThanOrEqual(7)
    expect((await fetch(`${baseUrl()}/sitemap-bai-viet-2.xml`)).status).toBe(404)
    // The demo's two published topics.
    const topics = await parseXml('/sitemap-chuyen-de-1.xml')
    expect(topics.error).toBeNull()
    expect(topics.counts.url).toBe(2)
    const news = await parseXml('/sitemap-news.xml')
    expect(news.error).toBeNull()
    // The demo seeds one story from yesterday; the rest are older than two days.
    expect(news.counts['news:news']).toBeGreaterThanOrEqual(1)
    expect(news.counts['news:news']).toBeLessThan(sitemap.counts.url!)
  })

  it('lists both sitemaps in robots.txt and keeps the admin out', async () => {
    const text = await (await fetch(`${baseUrl()}/robots.txt`)).text()
    expect(text).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m)
    expect(text).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-news\.xml$/m)
    expect(text).toContain('Disallow: /admin')
  })

  it('gives articles a canonical URL and social cards', async () => {
    await page.goto(
      `${baseUrl()}/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam`,
    )
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href')
    expect(canonical).toMatch(/\/bai-viet\/dang-uy-khoi-cac-co-quan-tinh-so-ket/)
    expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe(
      'summary_large_image',
    )
    expect(await page.getAttribute('meta[property="og:image:height"]', 'content')).toBe('630')
    expect(await page.getAttribute('meta[property="og:type"]', 'content')).toBe('article')
  })
})
