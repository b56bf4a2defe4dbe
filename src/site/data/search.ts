import { searchArticles, SearchUnavailableError } from '@/search/service'
import { SearchQueryError, type SearchResult } from '@/search/types'
import { type SearchForm, toSearchQuery } from '@/site/search-params'

export type SearchOutcome =
  { kind: 'idle' } | { kind: 'ok'; result: SearchResult } | { kind: 'error'; message: string }

/** Runs the reader's search; failures become a Vietnamese message instead of an error page. */
export async function runSearch(form: SearchForm): Promise<SearchOutcome> {
  if (!form.q.trim()) return { kind: 'idle' }
  try {
    return { kind: 'ok', result: await searchArticles(toSearchQuery(form)) }
  } catch (error) {
    if (error instanceof SearchQueryError) return { kind: 'error', message: error.userMessage }
    if (error instanceof SearchUnavailableError)
      return { kind: 'error', message: error.userMessage }
    throw error
  }
}
