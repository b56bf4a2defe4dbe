/**
 * The standing pages' sitemap entries in both languages. Pure. Every Vietnamese page is listed;
 * a page with an English version adds its English URL, and both entries carry the same
 * alternates (vi, en, x-default), as the sitemap form of hreflang requires. Pages without
 * English get no English entry (their /en notice is `noindex`).
 */
import type { SitemapEntry } from '@/site/feeds/sitemap'

import { hreflangAlternates } from './alternates'
import { englishCounterpart, type PageLanguages } from './routes'

export function englishSitemapEntries(viPaths: string[], pages: PageLanguages[]): SitemapEntry[] {
  const entries: SitemapEntry[] = []
  for (const vi of viPaths) {
    const en = englishCounterpart(vi, pages)
    const alternates = hreflangAlternates({ vi, en })
    entries.push(alternates ? { path: vi, alternates } : { path: vi })
    if (en && alternates) entries.push({ path: en, alternates })
  }
  return entries
}
