import type { SearchDocument } from '@/search/types'

import { makeDistractors } from '../../bench/search/distractors/generate'
import { exclusions, mixed } from '../../bench/search/distractors/mix'
import { generatedQueries } from '../../bench/search/distractors/queries'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from '../../bench/search/fixtures'
import { RELEVANCE_QUERIES } from '../../bench/search/relevance-queries'

/**
 * The relevance fixtures among `size` generated distractor articles (seed 42): an index whose
 * ranking questions are realistic, for tests that compare two ways of answering them.
 */
export function distractorIndex(size: number): AsyncIterable<SearchDocument[]> {
  return mixed(FIXTURES, {
    size,
    seed: 42,
    exclude: DISTRACTOR_EXCLUDE,
    reserved: DISTRACTOR_RESERVED,
  })
}

/** The relevance queries and `count` queries drawn from that index's own words. */
export function distractorQueries(size: number, count: number): string[] {
  return [
    ...RELEVANCE_QUERIES.map((c) => c.q),
    ...generatedQueries(
      makeDistractors({
        seed: 42,
        count: size,
        exclude: exclusions(FIXTURES, DISTRACTOR_EXCLUDE),
        reserved: DISTRACTOR_RESERVED,
      }),
      size,
      count,
    ),
  ]
}
