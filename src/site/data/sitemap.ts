import { PUBLIC_USE } from '@/access/public-use'
import type { SitemapEntry } from '@/site/feeds/sitemap'
import { englishSitemapEntries } from '@/site/i18n/sitemap-entries'
import { urls } from '@/site/urls'

import { and, payloadClient, PUBLISHED } from './client'
import { getPageLanguages } from './english'
import { getPageTree } from './pages'
import { getCategories } from './site'

/**
 * URLs per sitemap page. The protocol allows 50,000; smaller pages keep every response (and
 * page-cache entry) a few hundred kilobytes and let crawlers refetch only the pages that change.
 */
export const SITEMAP_PAGE_SIZE = 2_000

/** The paged collections of the sitemap, by the name used in `/sitemap-<name>-<n>.xml`. */
const SECTIONS = {
  'bai-viet': { collection: 'articles', path: urls.article },
  the: { collection: 'tags', path: urls.tag },
  'tac-gia': { collection: 'authors', path: urls.author },
  'chuyen-de': { collection: 'topics', path: urls.topic },
} as const

type Section = keyof typeof SECTIONS
const isSection = (name: string): name is Section => name in SECTIONS

/** Tags and authors have a page only once a published article uses them (see taxonomy.ts). */
const whereOf = (section: Section) =>
  section === 'bai-viet' || section === 'chuyen-de' ? PUBLISHED : PUBLIC_USE

/** Names of every sitemap page: the general one, then each section's pages (`bai-viet-1`…). */
export async function sitemapPages(): Promise<string[]> {
  const payload = await payloadClient()
  const names = ['chung']
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const { totalDocs } = await payload.count({
      collection: SECTIONS[section].collection,
      where: whereOf(section),
      overrideAccess: false,
    })
    const pages = Math.ceil(totalDocs / SITEMAP_PAGE_SIZE)
    for (let n = 1; n <= pages; n++) names.push(`${section}-${n}`)
  }
  return names
}

/** One sitemap page by name, or null when there is no such page. */
export async function sitemapPage(name: string): Promise<SitemapEntry[] | null> {
  if (name === 'chung') return generalEntries()
  const match = /^([a-z-]+?)-([1-9]\d{0,5})$/.exec(name)
  const section = match?.[1] ?? ''
  if (!match || !isSection(section)) return null
  const payload = await payloadClient()
  const result = await payload.find({
    collection: SECTIONS[section].collection,
    where: whereOf(section),
    select: { slug: true, updatedAt: true },
    // Oldest first (ties by id) so a page's content only changes when something on it changes.
    sort: section === 'bai-viet' ? ['publishedAt', 'id'] : ['createdAt', 'id'],
    depth: 0,
    page: Number(match[2]),
    limit: SITEMAP_PAGE_SIZE,
    overrideAccess: false,
  })
  if (result.docs.length === 0) return null
  const path = SECTIONS[section].path
  return result.docs.flatMap((doc) =>
    doc.slug
      ? [{ path: path(doc.slug), lastmod: section === 'bai-viet' ? doc.updatedAt : undefined }]
      : [],
  )
}

/**
 * Home, the document library, every category and every published standing page, and the English
 * pages; a page with both languages names both (hreflang alternates).
 */
async function generalEntries(): Promise<SitemapEntry[]> {
  const payload = await payloadClient()
  const [newest, categories, pages, languages] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: PUBLISHED,
      select: { updatedAt: true },
      sort: '-updatedAt',
      depth: 0,
      limit: 1,
      overrideAccess: false,
    }),
    getCategories(),
    getPageTree(),
    getPageLanguages(),
  ])
  const pageEntries = englishSitemapEntries([...pages.pathOf.values()], languages)
  return [
    { path: urls.home(), lastmod: newest.docs[0]?.updatedAt },
    { path: urls.documents() },
    ...categories.flatMap((c) => (c.slug ? [{ path: urls.category(c.slug) }] : [])),
    ...pageEntries,
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
