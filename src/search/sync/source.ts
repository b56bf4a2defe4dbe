import type { Payload, Where } from 'payload'

import type { Article } from '@/payload-types'
import type { SearchDocument } from '@/search/types'

import { publishedQuestionDocuments } from './question-document'
import { toSearchDocument } from './to-search-document'

const published: Where = { _status: { equals: 'published' } }

/** Rows after `last` in (publishedAt, id) order: keyset paging, which edits cannot shift. */
function after(last: Article | undefined): Where {
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
 * date (published before dates were required) come first, by id.
 */
export async function* publishedSearchDocuments(
  payload: Payload,
  pageSize = 200,
): AsyncGenerator<SearchDocument[]> {
  const page = (where: Where, sort: string[]) =>
    payload.find({
      collection: 'articles',
      where,
      sort,
      depth: 1,
      limit: pageSize,
      pagination: false,
      draft: false,
      overrideAccess: true,
    })
  let last: Article | undefined
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
