import type { Where } from 'payload'

import { PUBLIC_USE } from '@/access/public-use'
import { absoluteUrl } from '@/site/env'
import type { SitemapEntry } from '@/site/feeds/sitemap'
import { englishSitemapEntries } from '@/site/i18n/sitemap-entries'
import { urls } from '@/site/urls'

import { and, payloadClient, PUBLISHED } from './client'
import { getPageLanguages } from './english'
import { getPageTree } from './pages'
import { publishedCredits, publishedWork } from './published-work'
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
  'hoi-dap': { collection: 'questions', path: urls.question },
} as const

type Section = keyof typeof SECTIONS
const isSection = (name: string): name is Section => name in SECTIONS

/**
 * Photographers' pages (`/sitemap-anh-<n>.xml`): they have no records of their own, so they
 * come from the published articles' credit index (published-work.ts), not from a collection.
 */
const CREDITS = 'anh'

/** Answered questions the body published: the only ones with a page (/hoi-dap/<id>). */
const PUBLISHED_QUESTION: Where = { status: { equals: 'published' } }

/**
 * Tags and authors have a page only once a published article uses them (see taxonomy.ts).
 * Questions are closed to the public API (readers' contacts), so they are read with the
 * server's access and the published status in the query, as /hoi-dap reads them
 * (data/feedback.ts); only ids and dates are selected.
 */
const whereOf = (section: Section): Where =>
  section === 'hoi-dap'
    ? PUBLISHED_QUESTION
    : section === 'bai-viet' || section === 'chuyen-de'
      ? PUBLISHED
      : PUBLIC_USE
const overrideOf = (section: Section): boolean => section === 'hoi-dap'

interface SitemapRow {
  id: string
  slug?: string | null
  updatedAt?: string | null
  answeredAt?: string | null
}

/** Names of every sitemap page: the general one, then each section's pages (`bai-viet-1`…). */
export async function sitemapPages(): Promise<string[]> {
  const payload = await payloadClient()
  const names = ['chung']
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const { totalDocs } = await payload.count({
      collection: SECTIONS[section].collection,
      where: whereOf(section),
      overrideAccess: overrideOf(section),
    })
    const pages = Math.ceil(totalDocs / SITEMAP_PAGE_SIZE)
    for (let n = 1; n <= pages; n++) names.push(`${section}-${n}`)
  }
  const credits = Math.ceil((await publishedCredits()).length / SITEMAP_PAGE_SIZE)
  for (let n = 1; n <= credits; n++) names.push(`${CREDITS}-${n}`)
  return names
}

/** One page of photographers: each with the date of the newest change among their articles. */
async function creditEntries(page: number): Promise<SitemapEntry[] | null> {
  const start = (page - 1) * SITEMAP_PAGE_SIZE
  const slice = (await publishedCredits()).slice(start, start + SITEMAP_PAGE_SIZE)
  if (slice.length === 0) return null
  return slice.map((c) => ({ path: urls.credit(c.key), lastmod: c.lastmod }))
}

/** One sitemap page by name, or null when there is no such page. */
export async function sitemapPage(name: string): Promise<SitemapEntry[] | null> {
  if (name === 'chung') return generalEntries()
  const match = /^([a-z-]+?)-([1-9]\d{0,5})$/.exec(name)
  const section = match?.[1] ?? ''
  if (match && section === CREDITS) return creditEntries(Number(match[2]))
  if (!match || !isSection(section)) return null
  const payload = await payloadClient()
  const questions = section === 'hoi-dap'
  const result = await payload.find({
    collection: SECTIONS[section].collection,
    where: whereOf(section),
    select: questions ? { updatedAt: true, answeredAt: true } : { slug: true, updatedAt: true },
    // Oldest first (ties by id) so a page's content only changes when something on it changes.
    sort: section === 'bai-viet' ? ['publishedAt', 'id'] : ['createdAt', 'id'],
    depth: 0,
    page: Number(match[2]),
    limit: SITEMAP_PAGE_SIZE,
    overrideAccess: overrideOf(section),
  })
  if (result.docs.length === 0) return null
  const path = SECTIONS[section].path
  // An author's page changes with their articles: dated by the newest of them too.
  const byAuthor = section === 'tac-gia' ? (await publishedWork()).authors : null
  return (result.docs as SitemapRow[]).flatMap((doc) => {
    const key = questions ? doc.id : doc.slug
    const lastmod = latest(doc.updatedAt, doc.answeredAt, byAuthor?.get(doc.id))
    return key ? [{ path: path(key), lastmod }] : []
  })
}

/** The later of two ISO dates (either may be missing). */
const latest = (...dates: Array<string | null | undefined>): string | undefined =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)

/**
 * Home, the document library, every category, the questions page, the work schedule and every
 * published standing page with its English version (hreflang alternates) where there is one, each
 * with the date its content last changed where one is known.
 */
async function generalEntries(): Promise<SitemapEntry[]> {
  const payload = await payloadClient()
  const newest = async (
    collection: 'articles' | 'questions' | 'schedule-entries' | 'pages',
    where: Where,
    override = false,
  ) =>
    (
      await payload.find({
        collection,
        where,
        select: { updatedAt: true },
        sort: '-updatedAt',
        depth: 0,
        limit: 1,
        overrideAccess: override,
      })
    ).docs[0]?.updatedAt
  const [article, question, schedule, categories, tree, pageDates, languages] = await Promise.all([
    newest('articles', PUBLISHED),
    newest('questions', PUBLISHED_QUESTION, true),
    newest('schedule-entries', PUBLISHED),
    getCategories(),
    getPageTree(),
    payload.find({
      collection: 'pages',
      where: PUBLISHED,
      select: { updatedAt: true },
      depth: 0,
      limit: 500,
      pagination: false,
      overrideAccess: false,
    }),
    getPageLanguages(),
  ])
  const pageUpdated = new Map(pageDates.docs.map((p) => [p.id, p.updatedAt]))
  // An English entry carries its Vietnamese page's date (one document, both languages).
  const dateOf = new Map(
    [...tree.pathOf].map(([id, path]) => [absoluteUrl(path), pageUpdated.get(id)]),
  )
  const pageEntries = englishSitemapEntries([...tree.pathOf.values()], languages).map((e) => ({
    ...e,
    lastmod: dateOf.get(e.alternates?.vi ?? absoluteUrl(e.path)),
  }))
  return [
    { path: urls.home(), lastmod: article },
    // Listings (library, categories) change with articles no single date describes: no lastmod.
    { path: urls.documents() },
    ...categories.flatMap((c) => (c.slug ? [{ path: urls.category(c.slug) }] : [])),
    { path: urls.questions(), lastmod: question },
    { path: urls.schedule(), lastmod: schedule },
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
