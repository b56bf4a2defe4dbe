import type { Payload, Where } from 'payload'

import type { SearchDocument } from '@/search/types'

import { populateForIndex } from './populate-for-index'
import { publishedQuestionDocuments } from './question-document'
import { type IndexableArticle, toSearchDocument } from './to-search-document'

const published: Where = { _status: { equals: 'published' } }

/** The article fields toSearchDocument reads; relationships are filled in per page. */
const INDEXED_FIELDS = {
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

/** Rows after `last` in (publishedAt, id) order: keyset paging, which edits cannot shift. */
function after(last: Key | undefined): Where {
  if (!last) return published
  const key = last.publishedAt
  if (!key)
    return {
      and: [published, { publishedAt: { exists: false } }, { id: { greater_than: last.id } }],
    }
  return {
    and: [
      published,
      {
        or: [
          { publishedAt: { greater_than: key } },
          { and: [{ publishedAt: { equals: key } }, { id: { greater_than: last.id } }] },
        ],
      },
    ],
  }
}

/**
 * Every published article as index documents, page by page, for full rebuilds. Oldest first:
 * the index's rowid order is then publication order, which the ranking pools rely on (see
 * engines/sqlite/pool.ts). Pages continue after the last (publishedAt, id) seen rather than at
 * an offset, so an article published or unpublished meanwhile cannot make another one skipped
 * or repeated (the rebuild's change log covers the changed article itself). Articles without a
 * date (published before dates were required) come first, by id. Each page is read at depth 0
 * with only the indexed fields, and its relationships are filled in by a few batched look-ups
 * (populate-for-index.ts): the same documents as a depth-1 read, at a fraction of the cost.
 */
export async function* publishedSearchDocuments(
  payload: Payload,
  pageSize = 200,
): AsyncGenerator<SearchDocument[]> {
  const page = async (where: Where, sort: string[]) => {
    const { docs } = await payload.find({
      collection: 'articles',
      where,
      sort,
      select: INDEXED_FIELDS,
      depth: 0,
      limit: pageSize,
      pagination: false,
      draft: false,
      overrideAccess: true,
    })
    return { docs: await populateForIndex(payload, docs) }
  }
  let last: Key | undefined
  const undated: Where = { and: [published, { publishedAt: { exists: false } }] }
  for (let where = undated; ;) {
    const { docs } = await page(where, ['id'])
    if (docs.length > 0) yield docs.map(toSearchDocument)
    last = docs.at(-1)
    if (!last || docs.length < pageSize) break
    where = after(last)
  }
  last = undefined
  for (;;) {
    const { docs } = await page(after(last), ['publishedAt', 'id'])
    if (docs.length > 0) yield docs.map(toSearchDocument)
    last = docs.at(-1)
    if (!last || docs.length < pageSize) break
  }
  // Answered questions last: few, and the ranking pools' publication order is about articles.
  yield* publishedQuestionDocuments(payload, pageSize)
}
