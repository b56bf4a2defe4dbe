/**
 * Which tags and authors the public may read: those a published article uses. Kept as a
 * `publicUse` flag on each record (see @/access/public-use); the article hooks, the merge
 * command and `cms reindex` call these functions in the transaction of the change.
 */
import type { Payload, PayloadRequest } from 'payload'

import { idsOf } from '@/collections/Media/public-use'

export const TAXONOMIES = ['tags', 'authors'] as const
export type Taxonomy = (typeof TAXONOMIES)[number]

const PUBLISHED = { _status: { equals: 'published' } } as const

/**
 * The subset of `ids` that published articles use right now (read inside `req`'s transaction).
 * One "is there any?" query per id (in practice one to three): a common author is on thousands
 * of published articles, and loading them all made every save of a published article take a
 * second or more on a 10,000-article archive (bench/load, BENCHMARKS.md).
 */
async function publiclyUsed(req: PayloadRequest, field: Taxonomy, ids: string[]) {
  const used = new Set<string>()
  for (const id of ids) {
    const { docs } = await req.payload.find({
      collection: 'articles',
      where: { and: [PUBLISHED, { [field]: { in: [id] } }] },
      select: {},
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs.length > 0) used.add(id)
  }
  return used
}

/** Recomputes `publicUse` for the given tags or authors and writes only the ones that changed. */
export async function syncTaxonomyPublicUse(
  req: PayloadRequest,
  field: Taxonomy,
  ids: Iterable<string>,
): Promise<void> {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return
  const used = await publiclyUsed(req, field, wanted)
  const { docs } = await req.payload.find({
    collection: field,
    where: { id: { in: wanted } },
    select: { publicUse: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const value of [true, false]) {
    const changed = docs
      .filter((doc) => Boolean(doc.publicUse) !== value && used.has(doc.id) === value)
      .map((doc) => doc.id)
    if (changed.length === 0) continue
    // Through the Local API, so the tag's own hooks refresh the page cache.
    await req.payload.update({
      collection: field,
      where: { id: { in: changed } },
      data: { publicUse: value },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

/**
 * Rebuilds every flag from the published articles (for databases that predate the flag, or
 * after a restore). Written straight through the adapter: a derived field, no hooks needed.
 */
export async function backfillTaxonomyPublicUse(
  payload: Payload,
  req: PayloadRequest,
): Promise<number> {
  const { docs: articles } = await payload.find({
    collection: 'articles',
    where: PUBLISHED,
    select: { tags: true, authors: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let changed = 0
  for (const field of TAXONOMIES) {
    const used = new Set(articles.flatMap((article) => idsOf(article[field])))
    const { docs } = await payload.find({
      collection: field,
      select: { publicUse: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      if (doc.publicUse === used.has(doc.id)) continue
      await payload.db.updateOne({
        collection: field,
        id: doc.id,
        data: { publicUse: used.has(doc.id) },
        req,
      })
      changed++
    }
  }
  return changed
}
