// Whole-archive passes of `cms reindex` read every article (up to 10^6) and the photos,
// authors, categories and tags they name. Through the Local API every read document also walks
// Payload's afterRead field hooks (the Lexical body's included), the collection's afterRead
// hooks (hiding the stage history and royalties from the admin) and the access and query-path
// checks: about a third of such a read's CPU, for nothing these passes use (BENCHMARKS.md,
// branch `reindex2`). They read through the database adapter instead (`payload.db.find`): still
// Payload's own adapter and connection, SQLite and MongoDB alike, returning the stored values a
// depth-0 Local API read without `draft` returns (the live document, not a pending draft;
// test/int/search/rebuild-source.test.ts compares the search documents with depth-1 reads).
// Only for trusted bulk passes that need no access control and filter what they read
// themselves (the index holds published content only); everything else uses the Local API.
import type { CollectionSlug, Payload, PayloadRequest, SelectType, Sort, Where } from 'payload'

/**
 * One page of stored documents, no hooks, no access checks. `select` names the fields, so join
 * fields (not selected) are not queried.
 */
export async function readStored<T>(
  payload: Payload,
  collection: CollectionSlug,
  args: {
    where: Where
    select: SelectType
    sort?: Sort
    limit: number
    /** The caller's request, so the read joins its transaction. */
    req?: PayloadRequest
  },
): Promise<T[]> {
  const { docs } = await payload.db.find<T>({
    collection,
    where: args.where,
    select: args.select,
    sort: args.sort,
    limit: args.limit,
    pagination: false,
    req: args.req,
  })
  return docs
}
