import type { Payload } from 'payload'

import type { SearchDocument } from '@/search/types'

import { toSearchDocument } from './to-search-document'

/**
 * Every published article as index documents, page by page, for full rebuilds. Oldest first:
 * the index's rowid order is then publication order, which the ranking pools rely on (see
 * engines/sqlite/pool.ts). The id breaks ties so pages neither skip nor repeat an article.
 */
export async function* publishedSearchDocuments(
  payload: Payload,
  pageSize = 200,
): AsyncGenerator<SearchDocument[]> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: ['publishedAt', 'id'],
      depth: 1,
      limit: pageSize,
      page,
      draft: false,
      overrideAccess: true,
    })
    yield result.docs.map(toSearchDocument)
    if (!result.hasNextPage) return
  }
}
