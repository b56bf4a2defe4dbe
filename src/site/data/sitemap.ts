import type { SitemapEntry } from '@/site/feeds/sitemap'
import { urls } from '@/site/urls'
import { payloadClient, PUBLISHED, and } from './client'
import { getCategories } from './site'

const MAX_URLS = 45_000

const refId = (value: string | { id: string }): string =>
  typeof value === 'string' ? value : value.id

/** Every public page worth indexing: home, categories, documents, articles, tags, authors. */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const payload = await payloadClient()
  const [articles, tags, authors, categories] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: PUBLISHED,
      select: { slug: true, updatedAt: true, tags: true, authors: true },
      sort: '-publishedAt',
      depth: 0,
      limit: MAX_URLS,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'tags',
      select: { slug: true },
      depth: 0,
      limit: 2000,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'authors',
      select: { slug: true },
      depth: 0,
      limit: 2000,
      overrideAccess: false,
    }),
    getCategories(),
  ])
  const newest = articles.docs[0]?.updatedAt
  // A tag or author has a public page only once a published article uses it.
  const used = new Set(
    articles.docs.flatMap((a) => [...(a.tags ?? []), ...(a.authors ?? [])].map(refId)),
  )
  return [
    { path: urls.home(), lastmod: newest },
    { path: urls.documents() },
    ...categories.flatMap((c) => (c.slug ? [{ path: urls.category(c.slug) }] : [])),
    ...articles.docs.flatMap((a) =>
      a.slug ? [{ path: urls.article(a.slug), lastmod: a.updatedAt }] : [],
    ),
    ...tags.docs.flatMap((t) => (t.slug && used.has(t.id) ? [{ path: urls.tag(t.slug) }] : [])),
    ...authors.docs.flatMap((a) =>
      a.slug && used.has(a.id) ? [{ path: urls.author(a.slug) }] : [],
    ),
  ]
}

export async function recentNews(now = Date.now()) {
  const payload = await payloadClient()
  const since = new Date(now - 2 * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.find({
    collection: 'articles',
    where: and(PUBLISHED, { publishedAt: { greater_than_equal: since } }),
    select: { slug: true, title: true, publishedAt: true },
    sort: '-publishedAt',
    depth: 0,
    limit: 1000,
    overrideAccess: false,
  })
  return docs.flatMap((a) =>
    a.slug && a.publishedAt
      ? [{ path: urls.article(a.slug), title: a.title, publishedAt: a.publishedAt }]
      : [],
  )
}
