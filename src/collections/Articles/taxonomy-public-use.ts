/**
 * Which tags and authors the public may read: those a published article uses. Kept as a
 * `publicUse` flag on each record (see @/access/public-use); the article hooks, the merge
 * command and `cms reindex` call these functions in the transaction of the change.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { idsOf } from '@/collections/Media/public-use'
import { readStored } from '@/db/read-stored'
import type { Article } from '@/payload-types'

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

/** Articles read per page by the backfill. */
const PAGE = 1000

export type UsedTaxonomies = Record<Taxonomy, Set<string>>
export const noneUsed = (): UsedTaxonomies => ({ tags: new Set(), authors: new Set() })

/** Adds the tags and authors the published ones of these stored articles use. */
export function addUsedTaxonomies(
  used: UsedTaxonomies,
  docs: readonly ({ tags?: unknown; authors?: unknown } & Pick<Article, '_status'>)[],
): void {
  for (const article of docs) {
    if (article._status !== 'published') continue
    for (const field of TAXONOMIES) for (const id of idsOf(article[field])) used[field].add(id)
  }
}

/**
 * The tags and authors published articles use, read a page at a time in id order: the archive's
 * articles need not all be in memory at once. Each page is a range of the id index with the
 * status checked here: with `_status = ?` in the query, SQLite reads and sorts every published
 * article for every page.
 */
async function usedTaxonomies(payload: Payload, req: PayloadRequest): Promise<UsedTaxonomies> {
  const used = noneUsed()
  let last: string | null = null
  for (;;) {
    const where: Where = last === null ? {} : { id: { greater_than: last } }
    // Stored values, no hooks: a whole-archive pass (db/read-stored.ts).
    const docs = await readStored<Pick<Article, 'id' | '_status' | 'tags' | 'authors'>>(
      payload,
      'articles',
      { where, select: { _status: true, tags: true, authors: true }, sort: 'id', limit: PAGE, req },
    )
    addUsedTaxonomies(used, docs)
    const tail: { id: string } | undefined = docs.at(-1)
    if (!tail || docs.length < PAGE) return used
    last = tail.id
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
  return applyTaxonomyPublicUse(payload, req, await usedTaxonomies(payload, req))
}

/**
 * Sets every flag from `used`, the tags and authors of every published article (collected by
 * `cms reindex` from the pages its search-index read reads anyway, search/sync/source.ts).
 * Returns how many records changed.
 */
export async function applyTaxonomyPublicUse(
  payload: Payload,
  req: PayloadRequest,
  used: UsedTaxonomies,
): Promise<number> {
  let changed = 0
  for (const field of TAXONOMIES) {
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
      const inUse = used[field].has(doc.id)
      if (doc.publicUse === inUse) continue
      await payload.db.updateOne({
        collection: field,
        id: doc.id,
        data: { publicUse: inUse },
        req,
      })
      changed++
    }
  }
  return changed
}
