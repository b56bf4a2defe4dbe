import type { Payload } from 'payload'

import { getSearchEngine } from './engine'
import { type SearchQuery, SearchQueryError, type SearchResult } from './types'

/** The engine could not answer (down, locked, unreachable); callers answer 503. */
export class SearchUnavailableError extends Error {
  readonly status = 503
  readonly userMessage = 'Chức năng tìm kiếm đang tạm gián đoạn. Vui lòng thử lại sau ít phút.'
}

/** The one entry point for searching articles: API endpoint, site search page and CLI. */
export async function searchArticles(query: SearchQuery, payload?: Payload): Promise<SearchResult> {
  try {
    const engine = await getSearchEngine(payload)
    return await engine.search(query)
  } catch (error) {
    if (error instanceof SearchQueryError) throw error
    throw new SearchUnavailableError(`Search engine failed: ${(error as Error).message}`, {
      cause: error,
    })
  }
}
