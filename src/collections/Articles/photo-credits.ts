import type { PayloadRequest, Where } from 'payload'

import { creditKey, creditOf, photoUses } from './photo-uses'

/**
 * The `photoCredits` index of articles: the credit keys of every photo an article shows, so a
 * photographer's page is one indexed, paged query (`photoCredits in [key]`) instead of a scan
 * of article bodies. Kept by the article's beforeChange hook, refreshed when a photo's credit
 * changes, and backfilled by a migration. Everything goes through Payload, so SQLite and
 * MongoDB behave alike.
 */
type ArticleLike = { body?: unknown; coverImage?: unknown }

/**
 * The photos' own credits, by media id, for the uses that carry no credit of their own (one
 * query): what `creditOf` falls back to. Also used for royalty lines (royalties/credit-authors).
 */
export async function mediaCreditsOf(
  req: PayloadRequest,
  uses: ReturnType<typeof photoUses>,
): Promise<Map<string, string>> {
  const ids = [...new Set(uses.filter((u) => !u.credit).map((u) => u.mediaId))]
  const credits = new Map<string, string>()
  if (ids.length === 0) return credits
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { credit: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) if (doc.credit) credits.set(doc.id, doc.credit)
  return credits
}

/** Credit keys of an article's photos (one query for the photos' own credits). */
export async function photoCreditsOf(req: PayloadRequest, article: ArticleLike): Promise<string[]> {
  const uses = photoUses(article)
  const credits = await mediaCreditsOf(req, uses)
  const keys = uses.map((use) => creditKey(creditOf(use, credits))).filter(Boolean)
  return [...new Set(keys)].sort()
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i])

/**
 * Recomputes the index of the articles matching `where` (all when omitted), a hundred at a
 * time. Only the stored field changes: through the database adapter, so no new version is made
 * and an editor's pending draft is left as it is. Returns how many articles changed.
 */
export async function refreshPhotoCredits(req: PayloadRequest, where?: Where): Promise<number> {
  let changed = 0
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'articles',
      where,
      select: { body: true, coverImage: true, photoCredits: true },
      sort: 'id',
      depth: 0,
      page,
      limit: 100,
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs) {
      const keys = await photoCreditsOf(req, doc)
      if (same(keys, [...(doc.photoCredits ?? [])].sort())) continue
      await req.payload.db.updateOne({
        collection: 'articles',
        id: doc.id,
        data: { photoCredits: keys },
        req,
      })
      changed++
    }
    if (!result.hasNextPage) return changed
  }
}
