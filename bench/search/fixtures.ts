/** The relevance fixtures (contract-suite articles and the relevance set's own), oldest first. */
import type { SearchDocument } from '@/search/types'

import { ARTICLES } from '../../test/fixtures/search/articles'
import { RELEVANCE_EXTRA } from './relevance-fixtures'

export const FIXTURES: SearchDocument[] = [...ARTICLES, ...RELEVANCE_EXTRA].sort(
  (a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt),
)
