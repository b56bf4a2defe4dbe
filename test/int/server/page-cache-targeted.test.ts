/**
 * Targeted page-cache invalidation (src/site/cache/targets.ts) on the production server over
 * real HTTP: a publish drops the pages that list or show the article, which are fresh at once,
 * while unrelated cached pages stay cached (`X-Page-Cache: HIT`). Then a slug change with a move
 * to another category, an unpublish and a delete, each checked on every page that listed it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { startProductionServer } from '../../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload

const TITLE = 'Hội nghị kiểm thử bộ nhớ đệm trang năm 2026'
const NEW_TITLE = 'Hội nghị kiểm thử bộ nhớ đệm trang đã đổi tên'

interface Fixture {
  parent: string
  child: string
  other: string
  otherId: string
  tag: string
  author: string
  sibling: Article
  unrelated: Article
  article: Article
}
let f: Fixture

async function get(path: string): Promise<{ status: number; cache: string | null; body: string }> {
  const res = await fetch(`${server.url}${path}`)
  return { status: res.status, cache: res.headers.get('x-page-cache'), body: await res.text() }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2500))

/**
 * Requests `path` until the page cache answers it, so a test starts from cached pages. The
 * previous step's invalidation is applied again up to about 2 s later (after its commit, and by
 * the poll of the shared changes), so the pages it concerns may need another render.
 */
async function warm(path: string): Promise<void> {
  let cache: string | null = null
  for (let i = 0; i < 5 && cache !== 'HIT'; i++) {
    await get(path)
    cache = (await get(path)).cache
  }
  expect(cache, `${path} should be cached before the change`).toBe('HIT')
}

const slugOf = async (collection: 'categories' | 'tags' | 'authors', id: string) =>
  String((await payload.findByID({ collection, id, depth: 0, overrideAccess: true })).slug)

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' }, false)
  payload = server.payload
  const make = <T extends 'categories' | 'tags' | 'authors'>(
    collection: T,
    data: Record<string, unknown>,
  ) => payload.create({ collection, data: data as never, overrideAccess: true })
  const parent = await make('categories', { title: 'Tin tức kiểm thử' })
  const child = await make('categories', { title: 'Xây dựng Đảng kiểm thử', parent: parent.id })
  const other = await make('categories', { title: 'Văn hóa kiểm thử' })
  const tag = await make('tags', { name: 'Chuyển đổi số kiểm thử' })
  const author = await make('authors', { name: 'Minh Yến Kiểm Thử' })
  const publish = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'articles',
      data: { kind: 'news', _status: 'published', ...data } as never,
      overrideAccess: true,
    })
  const sibling = await publish({
    title: 'Bài cùng chuyên mục đã đăng trước',
    categories: [child.id],
    tags: [tag.id],
    authors: [author.id],
    publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
  })
  const unrelated = await publish({
    title: 'Bài không liên quan ở chuyên mục khác',
    categories: [other.id],
    publishedAt: new Date(Date.now() - 7_200_000).toISOString(),
  })
  const article = await payload.create({
    collection: 'articles',
    data: {
      title: TITLE,
      kind: 'news',
      _status: 'draft',
      categories: [child.id],
      tags: [tag.id],
      authors: [author.id],
    } as never,
    draft: true,
    overrideAccess: true,
  })
  f = {
    parent: await slugOf('categories', parent.id),
    child: await slugOf('categories', child.id),
    other: await slugOf('categories', other.id),
    otherId: other.id,
    tag: await slugOf('tags', tag.id),
    author: await slugOf('authors', author.id),
    sibling,
    unrelated,
    article,
  }
  // Let the fixtures' own invalidations (applied again up to 1 s later, and by the poll of
  // the shared changes) pass before pages are warmed.
  await settle()
})

afterAll(async () => {
  await server?.close()
})

/** Every page that lists a published article of category `child` with the tag and author. */
const listings = () => [
  '/',
  `/chuyen-muc/${f.child}`,
  `/chuyen-muc/${f.parent}`,
  `/chuyen-muc/${f.child}/rss.xml`,
  `/the/${f.tag}`,
  `/tac-gia/${f.author}`,
  '/rss.xml',
]
const sitemaps = ['/sitemap-news.xml', '/sitemap-bai-viet-1.xml']
const unrelatedPages = () => [`/bai-viet/${f.unrelated.slug}`, `/chuyen-muc/${f.other}`]

describe('targeted page-cache invalidation', () => {
  it('a draft save drops nothing; a publish refreshes every page that lists the article and keeps unrelated pages cached', async () => {
    const all = [...listings(), ...sitemaps, ...unrelatedPages(), `/bai-viet/${f.sibling.slug}`]
    for (const path of all) await warm(path)

    await payload.update({
      collection: 'articles',
      id: f.article.id,
      data: { sapo: 'Bản nháp đang viết' },
      draft: true,
      overrideAccess: true,
    })
    // A draft saved over a live article (autosave while someone edits it) changes nothing readers see.
    await payload.update({
      collection: 'articles',
      id: f.sibling.id,
      data: { sapo: 'Sửa nháp trên bài đã đăng' },
      draft: true,
      overrideAccess: true,
    })
    for (const path of all)
      expect((await get(path)).cache, `${path} after a draft save`).toBe('HIT')

    const published = await payload.update({
      collection: 'articles',
      id: f.article.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    f.article = published
    const link = `/bai-viet/${published.slug}`

    for (const path of unrelatedPages()) {
      const page = await get(path)
      expect(page.cache, `${path} is unrelated and stays cached`).toBe('HIT')
      expect(page.body).not.toContain(TITLE)
    }
    for (const path of listings()) {
      const page = await get(path)
      expect(page.cache, `${path} lists the article`).toBe('MISS')
      expect(page.body, `${path} shows the new article`).toContain(TITLE)
    }
    for (const path of sitemaps) {
      const page = await get(path)
      expect(page.cache, path).toBe('MISS')
      expect(page.body, `${path} lists the new article`).toContain(link)
    }
    // Its own page, and the related list of an article in the same category.
    const own = await get(link)
    expect(own.status).toBe(200)
    expect(own.body).toContain(TITLE)
    const sibling = await get(`/bai-viet/${f.sibling.slug}`)
    expect(sibling.cache).toBe('MISS')
    expect(sibling.body, 'the related list of a same-category article').toContain(TITLE)
  })

  it('a slug change with a move to another category refreshes the old and the new places', async () => {
    await settle()
    const oldLink = `/bai-viet/${f.article.slug}`
    const pages = [...listings(), ...sitemaps, oldLink, `/chuyen-muc/${f.other}`]
    for (const path of pages) await warm(path)
    const otherArticle = `/bai-viet/${f.unrelated.slug}`
    await warm(otherArticle)

    const moved = await payload.update({
      collection: 'articles',
      id: f.article.id,
      data: {
        title: NEW_TITLE,
        slug: 'hoi-nghi-kiem-thu-da-doi',
        categories: [f.otherId],
      },
      overrideAccess: true,
    })
    expect(moved.slug).toBe('hoi-nghi-kiem-thu-da-doi')

    expect((await get(oldLink)).status, 'the old address no longer serves the article').toBe(404)
    expect((await get(`/bai-viet/${moved.slug}`)).body).toContain(NEW_TITLE)
    const newCategory = await get(`/chuyen-muc/${f.other}`)
    expect(newCategory.body).toContain(NEW_TITLE)
    for (const path of [`/chuyen-muc/${f.child}`, `/chuyen-muc/${f.parent}`]) {
      const page = await get(path)
      expect(page.body, `${path} no longer lists it`).not.toContain(TITLE)
      expect(page.body).not.toContain(NEW_TITLE)
    }
    for (const path of ['/', '/rss.xml', `/the/${f.tag}`, `/tac-gia/${f.author}`]) {
      const page = await get(path)
      expect(page.body, path).toContain(NEW_TITLE)
      expect(page.body, path).not.toContain(oldLink)
    }
    for (const path of sitemaps) {
      const page = await get(path)
      expect(page.body, path).toContain(`/bai-viet/${moved.slug}`)
      expect(page.body, path).not.toContain(`${oldLink}<`)
    }
    // The unrelated article (its category gained a new one, but it has no tag) is a related-list
    // reader of that category, so it is fresh too.
    expect((await get(otherArticle)).body).toContain(NEW_TITLE)
    f.article = moved
  })

  it('an unpublish and a delete take the article off every page at once', async () => {
    await settle()
    const link = `/bai-viet/${f.article.slug}`
    const pages = [
      '/',
      `/chuyen-muc/${f.other}`,
      `/the/${f.tag}`,
      `/tac-gia/${f.author}`,
      '/rss.xml',
    ]
    for (const path of [...pages, ...sitemaps, link]) await warm(path)
    await payload.update({
      collection: 'articles',
      id: f.article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect((await get(link)).status).toBe(404)
    for (const path of pages) expect((await get(path)).body, path).not.toContain(NEW_TITLE)
    for (const path of sitemaps) expect((await get(path)).body, path).not.toContain(link)

    // Published again, cached, then deleted.
    await payload.update({
      collection: 'articles',
      id: f.article.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    await settle()
    for (const path of [...pages, link]) await warm(path)
    await payload.delete({ collection: 'articles', id: f.article.id, overrideAccess: true })
    expect((await get(link)).status).toBe(404)
    for (const path of pages) expect((await get(path)).body, path).not.toContain(NEW_TITLE)
  })
})
