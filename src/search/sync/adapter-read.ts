// `cms reindex` reads every article (and the photos, authors, categories and tags they name),
// up to 10^6 of them. Through the Local API every read document also walks Payload's afterRead
// field hooks (the Lexical body's included), the collection's afterRead hooks (hiding the stage
// history and royalties from the admin) and the access and query-path checks: about a third of
// the read's CPU, for nothing the index uses (BENCHMARKS.md, branch `reindex2`). These reads go
// to the database adapter instead (`payload.db.find`): still Payload's own adapter and
// connection, SQLite and MongoDB alike, returning the stored values a depth-0 read returns
// (test/int/search/rebuild-source.test.ts compares the documents with depth-1 reads). Only for
// reading what the index needs, with access already settled (the index holds published
// content only, filtered by the caller); everything else goes through the Local API.
import type { CollectionSlug, Payload, SelectType, Sort, Where } from 'payload'

/**
 * One page of stored documents, no hooks, no access checks. `select` names the fields, so join
 * fields (not selected) are not queried.
 */
export async function readStored<T>(
  payload: Payload,
  collection: CollectionSlug,
  args: { where: Where; select: SelectType; sort?: Sort; limit: number },
): Promise<T[]> {
  const { docs } = await payload.db.find<T>({
    collection,
    where: args.where,
    select: args.select,
    sort: args.sort,
    limit: args.limit,
    pagination: false,
  })
  return docs
}
