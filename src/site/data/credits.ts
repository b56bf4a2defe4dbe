import { cache } from 'react'

import { creditKey, creditOf, photoUses } from '@/collections/Articles/photo-uses'
import type { Media } from '@/payload-types'

import { and, payloadClient, PUBLISHED } from './client'

export interface CreditPhoto {
  media: Media
  caption: string
}

export interface CreditArticle {
  title: string
  slug: string
  photos: CreditPhoto[]
}

export interface CreditPage {
  name: string
  articles: CreditArticle[]
  page: number
  totalPages: number
  totalDocs: number
}

/** Articles per photographer page, newest first, each with the photographer's photos in it. */
export const CREDIT_PAGE_SIZE = 24

// Keys are slugs (src/lib/slugify.ts); anything else cannot be a photographer.
const CREDIT_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * One page of a photographer's published work. The articles come from the `photoCredits`
 * index (one indexed, paged query; see collections/Articles/photo-credits.ts), so every
 * article is reachable however many there are, and an unknown name costs one lookup.
 * Published articles only: a photo used only by drafts never shows. Null means no such
 * photographer (or page). Wrapped in React's cache so metadata and page share one query.
 */
export const creditPage = cache(async (key: string, page: number): Promise<CreditPage | null> => {
  if (!CREDIT_KEY.test(key) || key.length > 96) return null
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    where: and(PUBLISHED, { photoCredits: { in: [key] } }),
    select: { title: true, slug: true, body: true, coverImage: true },
    sort: ['-publishedAt', 'id'],
    depth: 0,
    page,
    limit: CREDIT_PAGE_SIZE,
    overrideAccess: false,
  })
  if (result.docs.length === 0) return null

  const uses = result.docs.map((doc) => ({ doc, uses: photoUses(doc) }))
  const ids = [...new Set(uses.flatMap((u) => u.uses.map((use) => use.mediaId)))]
  const media = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
  })
  const byId = new Map(media.docs.map((m) => [m.id, m]))
  const credits = new Map(media.docs.flatMap((m) => (m.credit ? [[m.id, m.credit] as const] : [])))

  let name = ''
  const articles: CreditArticle[] = []
  for (const { doc, uses: articleUses } of uses) {
    const seen = new Set<string>()
    const photos: CreditPhoto[] = []
    for (const use of articleUses) {
      const item = byId.get(use.mediaId)
      const credit = creditOf(use, credits)
      if (!item || seen.has(item.id) || creditKey(credit) !== key) continue
      if (!item.mimeType?.startsWith('image/')) continue
      seen.add(item.id)
      name ||= credit
      photos.push({ media: item, caption: use.caption || item.caption || '' })
    }
    if (doc.slug) articles.push({ title: doc.title, slug: doc.slug, photos })
  }
  return {
    // Only a photo deleted since the page was indexed leaves no name to show.
    name: name || key,
    articles,
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
})
