/**
 * Who has published work, for the sitemap: every photographer credit and every author that
 * published articles carry (the `photoCredits` index and the byline), each dated by the newest
 * change among those articles, since that is when their page (/anh/<credit>, /tac-gia/<slug>)
 * last changed. Photographers have no records of their own, so they can only be found this way.
 * Read a page at a time by id (keyset, as collections/Articles/photo-credits.ts does), selecting
 * only the index, the byline and the date. The result is kept in this process until published
 * content changes (the content version or a targeted invalidation: every publish, unpublish,
 * edit of a live article or change of a credit makes one), like the listings' totals
 * (list-totals.ts): a sitemap page that does not exist answers 404, which no cache keeps, and
 * scanning the whole archive for each such request let anyone make the server read every
 * published article for a few bytes asked.
 */
import { relationId } from '@/lib/relation-id'
import { targetedChanges } from '@/site/cache/apply-target'
import { memoByVersion } from '@/site/cache/memo'

import { and, payloadClient, PUBLISHED } from './client'

const PAGE = 1_000

interface WorkRow {
  id: string
  photoCredits?: string[] | null
  authors?: unknown[] | null
  updatedAt?: string
}

export interface PublishedWork {
  /** Credit key → newest change of a published article with one of their photos. */
  credits: Map<string, string | undefined>
  /** Author id → newest change of a published article in their byline. */
  authors: Map<string, string | undefined>
}

function note(map: Map<string, string | undefined>, key: string, date: string | undefined) {
  const seen = map.get(key)
  if (!map.has(key) || (date && (!seen || date > seen))) map.set(key, date ?? seen)
}

async function scanPublishedWork(): Promise<PublishedWork> {
  const payload = await payloadClient()
  const work: PublishedWork = { credits: new Map(), authors: new Map() }
  let last: string | null = null
  for (;;) {
    const { docs }: { docs: WorkRow[] } = await payload.find({
      collection: 'articles',
      where: and(PUBLISHED, last === null ? null : { id: { greater_than: last } }),
      select: { photoCredits: true, authors: true, updatedAt: true },
      sort: 'id',
      depth: 0,
      limit: PAGE,
      pagination: false,
      overrideAccess: false,
    })
    for (const doc of docs) {
      for (const key of doc.photoCredits ?? []) note(work.credits, key, doc.updatedAt)
      for (const author of doc.authors ?? []) {
        const id = relationId(author)
        if (id) note(work.authors, id, doc.updatedAt)
      }
    }
    const tail: WorkRow | undefined = docs.at(-1)
    if (!tail || docs.length < PAGE) return work
    last = tail.id
  }
}

/** Everyone with published work, scanned at most once per change of the published content. */
export const publishedWork = (): Promise<PublishedWork> =>
  memoByVersion('sitemap.publishedWork', scanPublishedWork, targetedChanges)

/** Credit keys with published work, in key order (so sitemap pages stay stable). */
export async function publishedCredits(): Promise<Array<{ key: string; lastmod?: string }>> {
  const { credits } = await publishedWork()
  return [...credits.keys()].sort().map((key) => ({ key, lastmod: credits.get(key) }))
}
