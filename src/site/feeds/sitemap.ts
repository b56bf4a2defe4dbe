import type { Site } from '@/payload-types'
import { absoluteUrl } from '@/site/env'

import { tag, xmlEscape } from './xml'

export interface SitemapEntry {
  path: string
  lastmod?: string | null
  /** The page in every language (itself included), as `xhtml:link` hreflang alternates. */
  alternates?: Record<string, string>
}

const alternateLinks = (alternates: Record<string, string> | undefined): string =>
  Object.entries(alternates ?? {})
    .map(
      ([lang, path]) =>
        `<xhtml:link rel="alternate" hreflang="${xmlEscape(lang)}" href="${xmlEscape(absoluteUrl(path))}"/>`,
    )
    .join('')

export function urlset(entries: SitemapEntry[]): string {
  const rows = entries.map(
    (e) =>
      `<url><loc>${xmlEscape(absoluteUrl(e.path))}</loc>${e.lastmod ? tag('lastmod', new Date(e.lastmod).toISOString()) : ''}${alternateLinks(e.alternates)}</url>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...rows,
    '</urlset>',
  ].join('\n')
}

/** The sitemap index: one `<sitemap>` per page, at the site root as the protocol requires. */
export function sitemapIndex(paths: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `<sitemap><loc>${xmlEscape(absoluteUrl(path))}</loc></sitemap>`),
    '</sitemapindex>',
  ].join('\n')
}

export interface NewsEntry {
  path: string
  title: string
  publishedAt: string
}

/** Google News sitemap: only stories from the last two days belong in it. */
export function newsUrlset(site: Site, entries: NewsEntry[]): string {
  const rows = entries.map((e) =>
    [
      '<url>',
      `<loc>${xmlEscape(absoluteUrl(e.path))}</loc>`,
      '<news:news><news:publication>',
      tag('news:name', site.shortName || site.name),
      '<news:language>vi</news:language>',
      '</news:publication>',
      tag('news:publication_date', new Date(e.publishedAt).toISOString()),
      tag('news:title', e.title),
      '</news:news>',
      '</url>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...rows,
    '</urlset>',
  ].join('\n')
}
