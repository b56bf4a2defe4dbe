import type { Payload, Where } from 'payload'

import { readStored } from '@/db/read-stored'
import type { Article } from '@/payload-types'
import type { SearchDocument } from '@/search/types'

import { populateForIndex } from './populate-for-index'
import { publishedQuestionDocuments } from './question-document'
import { type IndexableArticle, toSearchDocument } from './to-search-document'

/** The article fields toSearchDocument reads; relationships are filled in per page. */
const INDEXED_FIELDS = {
  _status: true,
  title: true,
  sapo: true,
  body: true,
  coverImage: true,
  document: { number: true, issuingBody: true, signer: true },
  authors: true,
  kind: true,
  categories: true,
  tags: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  slug: true,
} as const

type Key = Pick<IndexableArticle, 'id' | 'publishedAt'>

/** An article as stored (depth 0, any status), as `onStored` receives it. */
export type StoredArticle = IndexableArticle & Pick<Article, '_status' | 'photoCredits'>

/**
 * Every published article as index documents, page by page, for full rebuilds. Oldest first:
 * the index's rowid order is then publication order, which newest-first pages of a large match
 * set rely on (see engines/sqlite/newest.ts). Pages continue after the last (publishedAt, id) seen rather than at
 * an offset, so an article published or unpublished meanwhile cannot make another one skipped
 * or repeated (the rebuild's change log covers the changed article itself). Articles without a
 * date (published before dates were required) come first, by id.
 *
 * Each page is one range of the publishedAt index: the rest of the articles sharing the last
 * date (by id), then those after it. The published filter is applied here, not in the query:
 * SQLite answers `_status = ? AND (publishedAt > ? OR …)` from the status index, reading and
 * sorting every published article for every page (quadratic: hours at 10^6). Pages are read at
 * depth 0 with the indexed fields only and their relationships filled in by a few batched
 * look-ups (populate-for-index.ts): the same documents as a depth-1 read, at a fraction of the
 * cost.
 */
export async function* publishedSearchDocuments(
  payload: Payload,
  pageSize = 200,
  /**
   * Also given every page as read (all statuses, before the relationships are filled in, with
   * `photoCredits`): `cms reindex` refreshes the archive's derived fields from the same read
   * instead of reading the archive again.
   */
  onStored?: (docs: StoredArticle[]) => Promise<void>,
): AsyncGenerator<SearchDocument[]> {
  const select = onStored ? { ...INDEXED_FIELDS, photoCredits: true as const } : INDEXED_FIELDS
  const page = async (where: Where, sort: string[]) => {
    // The stored (published or draft) article, as `draft: false` reads it; see db/read-stored.ts.
    const docs = await readStored<StoredArticle>(payload, 'articles', {
      where,
      sort,
      select,
      limit: pageSize,
    })
    // Before populateForIndex, which puts the photos' records in place of their ids.
    await onStored?.(docs)
    const published = docs.filter((doc) => doc._status === 'published')
    const documents = (await populateForIndex(payload, published)).map(toSearchDocument)
    return { documents, last: docs.at(-1) as Key | undefined, full: docs.length === pageSize }
  }
  const undated: Where = { publishedAt: { exists: false } }
  for (let last: Key | undefined; ;) {
    const p = await page(last ? { and: [undated, { id: { greater_than: last.id } }] } : undated, [
      'id',
    ])
    if (p.documents.length > 0) yield p.documents
    if (!p.full || !p.last) break
    last = p.last
  }
  for (let last: Key | undefined; ;) {
    const key = last?.publishedAt
    if (last && key) {
      const ties = await page(
        { and: [{ publishedAt: { equals: key } }, { id: { greater_than: last.id } }] },
        ['id'],
      )
      if (ties.documents.length > 0) yield ties.documents
      if (ties.full && ties.last) {
        last = ties.last
        continue
      }
    }
    const p = await page(
      key ? { publishedAt: { greater_than: key } } : { publishedAt: { exists: true } },
      ['publishedAt', 'id'],
    )
    if (p.documents.length > 0) yield p.documents
    if (!p.full || !p.last) break
    last = p.last
  }
  // Answered questions last: few, and newest-first paging's publication order is about articles.
  yield* publishedQuestionDocuments(payload, pageSize)
}
