import sax from 'sax'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { block, lexicalDocument } from '@/lib/lexical/build'
import { demoPhoto } from '@/seed/images'

import { startProductionServer } from '../helpers/production-server'

/**
 * Listings that used to stop at a fixed cap or hold the whole site in one response: a
 * photographer's page read at most 2,000 article bodies (older photos silently vanished) and
 * the sitemap was one document of up to 45,000 URLs. Both must be complete and paged.
 */
type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
const BULK = 2_050
const published: string[] = []
let draftSlug = ''
let draftPhoto = ''

const photo = async (credit: string, name: string) =>
  server.payload.create({
    collection: 'media',
    data: { alt: `Ảnh ${name}`, credit },
    file: {
      data: await demoPhoto(name.length),
      mimetype: 'image/jpeg',
      name: `${name}.jpg`,
      size: 1,
    },
    overrideAccess: true,
  })

const body = (media: string, credit = '') =>
  lexicalDocument([block('photo', { media, caption: 'Hội nghị', credit, size: 'article' })])

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' })
  const { payload } = server
  const mine = await photo('Thanh Lê', 'thanh-le')
  const draftOnly = await photo('Thanh Lê', 'chi-ban-nhap')
  const someoneElse = await photo('Người Khác', 'nguoi-khac')
  const renamed = await photo('Chưa Rõ', 'doi-ten')
  draftPhoto = draftOnly.filename ?? ''

  // Through the Local API with every hook: the index field is kept by them.
  const create = async (slug: string, media: string, credit = '', draft = false) => {
    const data = {
      title: `Bài ${slug}`,
      slug,
      kind: 'news' as const,
      body: body(media, credit),
      publishedAt: new Date().toISOString(),
    }
    if (draft)
      await payload.create({
        collection: 'articles',
        data: { ...data, _status: 'draft' },
        draft: true,
        overrideAccess: true,
      })
    else
      await payload.create({
        collection: 'articles',
        data: { ...data, _status: 'published' },
        overrideAccess: true,
      })
  }
  await create('dung-anh-thanh-le', mine.id)
  await create('ghi-ten-trong-bai', someoneElse.id, 'Thanh Lê')
  await create('anh-doi-ten', renamed.id)
  await create('ban-nhap', draftOnly.id, '', true)
  published.push('dung-anh-thanh-le', 'ghi-ten-trong-bai', 'anh-doi-ten')
  draftSlug = 'ban-nhap'
  // A credit corrected on the photo afterwards moves its articles to the right page.
  await payload.update({
    collection: 'media',
    id: renamed.id,
    data: { credit: 'Thanh Lê' },
    overrideAccess: true,
  })

  // Bulk rows straight through the database adapter (hooks would take minutes), carrying the
  // same index value the article hook writes.
  const start = Date.parse('2020-01-01T00:00:00Z')
  for (let i = 0; i < BULK; i++) {
    const slug = `bai-cu-${i}`
    await payload.db.create({
      collection: 'articles',
      data: {
        title: `Bài cũ ${i}`,
        slug,
        kind: 'news',
        body: body(mine.id),
        photoCredits: ['thanh-le'],
        _status: 'published',
        publishedAt: new Date(start + i * 60_000).toISOString(),
      },
    })
    published.push(slug)
  }
}, 600_000)

afterAll(async () => {
  await server?.close()
})

const text = async (path: string) => {
  const res = await fetch(`${server.url}${path}`)
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() }
}

const articleLinks = (html: string) =>
  [...html.matchAll(/href="\/bai-viet\/([^"?#]+)"/g)].map((m) => decodeURIComponent(m[1] ?? ''))

describe('photographer pages', () => {
  it(`list every published article using the credit, past ${BULK}, and no draft's photo`, async () => {
    const found = new Set<string>()
    let pages = 0
    let draftPhotoShown = false
    for (let page = 1; page < 1000; page++) {
      const res = await text(`/anh/thanh-le${page > 1 ? `?trang=${page}` : ''}`)
      if (res.status === 404 && page > 1) break
      expect(res.status).toBe(200)
      if (res.body.includes(draftPhoto.replace(/\.jpg$/, ''))) draftPhotoShown = true
      const before = found.size
      for (const slug of articleLinks(res.body)) found.add(slug)
      pages++
      if (found.size === before) break // a page that ignores ?trang= repeats itself
    }
    expect(published.filter((slug) => !found.has(slug)).length).toBe(0)
    expect(pages).toBeGreaterThan(1)
    expect(found.has(draftSlug)).toBe(false)
    expect(draftPhotoShown).toBe(false)
  })

  it('answers an unknown photographer with 404', async () => {
    // One indexed lookup that finds nothing (the old page read 2,000 bodies and 5,000 photos).
    expect((await text('/anh/khong-ai-ca')).status).toBe(404)
    // A malformed escape is the reader's error, never the server's.
    expect([400, 404]).toContain((await text('/anh/%E0%A4%A')).status)
  })
})

/** Strict XML parse: throws on anything malformed; returns the root name and every <loc>. */
function parseXml(xml: string): { root: string; locs: string[] } {
  const parser = sax.parser(true)
  const locs: string[] = []
  let root = ''
  let inLoc = false
  parser.onopentag = (node) => {
    root ||= node.name
    inLoc = node.name === 'loc'
    if (inLoc) locs.push('')
  }
  parser.ontext = (t) => {
    if (inLoc) locs[locs.length - 1] += t
  }
  parser.onclosetag = () => {
    inLoc = false
  }
  parser.onerror = (error) => {
    throw error
  }
  parser.write(xml).close()
  return { root, locs }
}

describe('sitemaps', () => {
  it('is an index of valid pages that together list every published article', async () => {
    const index = await text('/sitemap.xml')
    expect(index.status).toBe(200)
    const { root, locs } = parseXml(index.body)
    expect(root).toBe('sitemapindex')
    expect(locs.length).toBeGreaterThan(1)
    const listed = new Set<string>()
    for (const loc of locs) {
      const path = new URL(loc).pathname
      expect(path).toMatch(/^\/sitemap-[a-z0-9-]+\.xml$/)
      const page = await text(path)
      expect(page.status, path).toBe(200)
      expect(page.type).toMatch(/xml/)
      const parsed = parseXml(page.body)
      expect(parsed.root).toBe('urlset')
      expect(parsed.locs.length).toBeLessThanOrEqual(5_000)
      for (const url of parsed.locs) listed.add(new URL(url).pathname)
    }
    expect(published.filter((slug) => !listed.has(`/bai-viet/${slug}`))).toEqual([])
    expect(listed.has(`/bai-viet/${draftSlug}`)).toBe(false)
  })

  it('keeps the news sitemap and points robots.txt at the index', async () => {
    const news = await text('/sitemap-news.xml')
    expect(parseXml(news.body).root).toBe('urlset')
    const robots = await text('/robots.txt')
    expect(robots.body).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m)
    expect(robots.body).toMatch(/^Sitemap: \S+\/sitemap-news\.xml$/m)
  })
})
