/** The relevance fixtures (contract-suite articles and the relevance set's own), oldest first. */
import type { SearchDocument } from '@/search/types'

import { ARTICLES } from '../../test/fixtures/search/articles'
import { reservedAnswers } from './distractors/reserved'
import { RELEVANCE_EXTRA } from './relevance-fixtures'
import { RELEVANCE_QUERIES } from './relevance-queries'

export const FIXTURES: SearchDocument[] = [...ARTICLES, ...RELEVANCE_EXTRA].sort(
  (a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt),
)

/**
 * Names and bodies the distractor generator must leave to the fixtures, beside the people it
 * finds in them itself (distractors/people.ts `namesIn`): e.g. "Ủy ban nhân dân tỉnh Quảng Trị" when a
 * fixture is the answer for that province's committee. Generated people and committees that
 * hold one of these as a word sequence are drawn again.
 */
export const DISTRACTOR_EXCLUDE: string[] = []

/**
 * The fixtures' document numbers, title subjects and sentences, derived from the fixtures and
 * the relevance queries (distractors/reserved.ts): the generator leaves them to the fixtures.
 */
export const DISTRACTOR_RESERVED = reservedAnswers(FIXTURES, RELEVANCE_QUERIES)
