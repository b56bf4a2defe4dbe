import type { PayloadRequest, Where } from 'payload'

import { readStored } from '@/db/read-stored'
import type { Article } from '@/payload-types'

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

/** Sorted, distinct credit keys of these photo uses, given the photos' own credits. */
function creditKeys(uses: ReturnType<typeof photoUses>, credits: Map<string, string>): string[] {
  const keys = uses.map((use) => creditKey(creditOf(use, credits))).filter(Boolean)
  return [...new Set(keys)].sort()
}

/** Credit keys of an article's photos (one query for the photos' own credits). */
export async function photoCreditsOf(req: PayloadRequest, article: ArticleLike): Promise<string[]> {
  const uses = photoUses(article)
  return creditKeys(uses, await mediaCreditsOf(req, uses))
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i])

/** Articles read per page: one look-up of the photos' credits serves the whole page. */
const PAGE = 200

/** What the refresh reads of an article. */
export type CreditedArticle = ArticleLike & Pick<Article, 'id' | 'photoCredits'>

/**
 * Recomputes the index of these stored articles (one look-up of the photos' credits for all of
 * them) and writes the ones that changed. Only the stored field changes: through the database
 * adapter, so no new version is made and an editor's pending draft is left as it is. Reads the
 * bodies as stored (photo blocks holding media ids). Returns how many articles changed.
 * `cms reindex` calls it on each page its search-index read reads anyway (search/sync/source.ts),
 * so the archive is read once.
 */
export async function refreshPhotoCreditsOf(
  req: PayloadRequest,
  docs: readonly CreditedArticle[],
): Promise<number> {
  let changed = 0
  const uses = docs.map((doc) => photoUses(doc))
  const credits = await mediaCreditsOf(req, uses.flat())
  for (const [i, doc] of docs.entries()) {
    const keys = creditKeys(uses[i] ?? [], credits)
    if (same(keys, [...(doc.photoCredits ?? [])].sort())) continue
    await req.payload.db.updateOne({
      collection: 'articles',
      id: doc.id,
      data: { photoCredits: keys },
      req,
    })
    changed++
  }
  return changed
}

/**
 * Recomputes the index of the articles matching `where` (all when omitted), a page at a time.
 * Returns how many articles changed. Pages follow the id (keyset), not an offset: over a whole
 * archive an offset costs a scan of every article before it and a write could shift the pages.
 */
export async function refreshPhotoCredits(req: PayloadRequest, where?: Where): Promise<number> {
  let changed = 0
  let last: string | null = null
  for (;;) {
    const conditions: Where[] = [
      ...(where ? [where] : []),
      ...(last === null ? [] : [{ id: { greater_than: last } }]),
    ]
    // Stored values, no hooks: a migration runs this over the whole archive (db/read-stored.ts).
    const docs = await readStored<CreditedArticle>(req.payload, 'articles', {
      where: conditions.length === 0 ? {} : { and: conditions },
      select: { body: true, coverImage: true, photoCredits: true },
      sort: 'id',
      limit: PAGE,
      req,
    })
    changed += await refreshPhotoCreditsOf(req, docs)
    const tail: { id: string } | undefined = docs.at(-1)
    if (!tail || docs.length < PAGE) return changed
    last = tail.id
  }
}
