import type { Payload } from 'payload'

import type { SearchDocument } from '../types'

import { toSearchDocument } from './toSearchDocument'

/** Every published article as index documents, page by page, for full rebuilds. */
export async function* publishedSearchDocuments(
  payload: Payload,
  pageSize = 200,
): AsyncGenerator<SearchDocument[]> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: 'createdAt',
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
