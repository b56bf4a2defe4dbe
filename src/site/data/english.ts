/**
 * The English section's data (issue 12 §2): which published pages have an English version, one
 * page in English, and the site settings in English. Always `fallbackLocale: false`: a field
 * without English reads as empty, so "no English" is seen and never filled with Vietnamese.
 * A page has an English version when its English title is set on the published page. An English
 * draft stays out of these queries only because publishing one language never publishes the
 * other's draft (@/hooks/publish-one-locale); Payload alone would publish every language's
 * newest version.
 */
import { cache } from 'react'

import { relationId } from '@/lib/relation-id'
import type { Page, Site } from '@/payload-types'
import { memoByVersion } from '@/site/cache/memo'
import type { PageLanguages } from '@/site/i18n/routes'

import { and, payloadClient, PUBLISHED } from './client'
import { getPageTree } from './pages'

const MAX_PAGES = 500

export interface EnglishPageEntry extends PageLanguages {
  id: string
  /** English title, or null when the page has no English version. */
  title: string | null
  description: string | null
  parent: string | null
  order: number
}

/** Every published page with its Vietnamese path and its English title (null without one). */
export function getPageLanguages(): Promise<EnglishPageEntry[]> {
  return memoByVersion('pages:en', async () => {
    const payload = await payloadClient()
    const [tree, { docs }] = await Promise.all([
      getPageTree(),
      payload.find({
        collection: 'pages',
        where: PUBLISHED,
        locale: 'en',
        fallbackLocale: false,
        select: { title: true, description: true, slug: true, parent: true, order: true },
        sort: 'order',
        depth: 0,
        limit: MAX_PAGES,
        pagination: false,
        overrideAccess: false,
      }),
    ])
    return docs.flatMap((p) => {
      const viPath = tree.pathOf.get(p.id)
      if (!p.slug || !viPath) return []
      const title = p.title?.trim() ? p.title : null
      return [
        {
          id: p.id,
          slug: p.slug,
          viPath,
          hasEnglish: title !== null,
          title,
          description: p.description?.trim() ? p.description : null,
          parent: relationId(p.parent),
          order: p.order ?? 100,
        },
      ]
    })
  })
}

/** One published page, in English (its fields empty where it has no English), by slug. */
export const getEnglishPage = cache(async (slug: string): Promise<Page | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: and(PUBLISHED, { slug: { equals: slug } }),
    locale: 'en',
    fallbackLocale: false,
    depth: 2,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

/** The site settings in English (name, tagline, address… empty where not translated). */
export function getEnglishSite(): Promise<Site> {
  return memoByVersion('site:en', async () => {
    const payload = await payloadClient()
    return payload.findGlobal({
      slug: 'site',
      depth: 1,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: false,
    })
  })
}
