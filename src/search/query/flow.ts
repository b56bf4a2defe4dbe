// The query flow both engines share: run the query as typed; if nothing is found try it as
// telex/VNI typed without an input method; if still nothing, offer a "did you mean".
import type { SearchFacets, SearchHit, SearchQuery, SearchResult } from '@/search/types'
import { analyzeQuery } from '@/search/vietnamese/analyze'
import { foldVietnamese } from '@/search/vietnamese/fold'
import { suggestTerms } from '@/search/vietnamese/suggest'
import { decodeTypedVietnamese } from '@/search/vietnamese/telex'
import type { AnalyzedQuery, SearchSettings } from '@/search/vietnamese/types'

import { type NormalizedQuery, normalizeQuery } from './params'
import { relaxQuery, relaxScattered, withoutQuestionWords } from './relax'

export interface CoreResult {
  total: number
  hits: SearchHit[]
  facets: SearchFacets
  totalApproximate?: boolean
  totalIsLowerBound?: boolean
  facetsApproximate?: boolean
  rankedByImpact?: boolean
}

export interface SearchBackend {
  /** `analyzed` null means no query text: list by the filters alone, newest first. */
  run(analyzed: AnalyzedQuery | null, query: NormalizedQuery): Promise<CoreResult>
  /** Words known to the index as written (with diacritics), for spelling suggestions. */
  vocabulary(analyzed: AnalyzedQuery, query: NormalizedQuery): Promise<ReadonlySet<string>>
  /**
   * How many indexed articles hold each folded word, or each phrase of folded words separated by
   * spaces (its words next to each other), to find a query's words of several syllables
   * (words.ts) and drop the least informative words first when relaxing it (relax.ts). Without
   * it, the last words go first and syllables are never grouped.
   */
  documentFrequencies?(folded: string[]): Promise<ReadonlyMap<string, number>>
}

export function emptyFacets(): SearchFacets {
  return { kind: {}, category: {}, year: {} }
}

export async function searchWithFallbacks(
  backend: SearchBackend,
  query: SearchQuery,
  settings: Partial<SearchSettings>,
): Promise<SearchResult> {
  const started = performance.now()
  const p = normalizeQuery(query)
  const finish = (core: CoreResult, extra: Partial<SearchResult> = {}): SearchResult => ({
    query: p.q,
    total: core.total,
    page: p.page,
    limit: p.limit,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits: core.hits,
    facets: core.facets,
    ...(core.totalApproximate ? { totalApproximate: true } : {}),
    ...(core.totalIsLowerBound ? { totalIsLowerBound: true } : {}),
    ...(core.facetsApproximate ? { facetsApproximate: true } : {}),
    ...(core.rankedByImpact ? { rankedByImpact: true } : {}),
    ...extra,
  })

  if (!p.q) return finish(await backend.run(null, p))
  const aq = analyzeQuery(p.q, settings)
  // A question's question words are never required (relax.ts `withoutQuestionWords`).
  const asked = withoutQuestionWords(aq)
  const first = await backend.run(asked?.query ?? aq, p)
  if (first.total > 0) {
    // Syllables found only scattered are not the reader's words (relax.ts `relaxScattered`).
    const words = await relaxScattered(backend, aq, p)
    if (words) return finish(words.core, { unusedWords: words.unused })
    return finish(first, asked ? { unusedWords: asked.unused } : {})
  }

  const decoded = decodeTypedVietnamese(p.q)
  if (decoded && decoded.text !== p.q) {
    const retry = await backend.run(analyzeQuery(decoded.text, settings), p)
    if (retry.total > 0) {
      return finish(retry, { query: decoded.text, decodedFrom: decoded.scheme })
    }
  }

  const relaxed = await relaxQuery(backend, aq, p)
  if (relaxed) return finish(relaxed.core, { unusedWords: relaxed.unused })

  const suggestion = await suggestQuery(backend, aq, p)
  if (suggestion) {
    const check = await backend.run(analyzeQuery(suggestion, settings), {
      ...p,
      page: 1,
      offset: 0,
    })
    if (check.total > 0) return finish(first, { didYouMean: suggestion })
  }
  return finish(first)
}

/** Replaces each word the index does not know by its closest known word. */
async function suggestQuery(
  backend: SearchBackend,
  aq: AnalyzedQuery,
  p: NormalizedQuery,
): Promise<string | undefined> {
  if (aq.terms.length === 0) return undefined
  const vocabulary = await backend.vocabulary(aq, p)
  if (vocabulary.size === 0) return undefined
  const known = new Set<string>()
  for (const w of vocabulary) known.add(foldVietnamese(w))
  let changed = false
  const words = aq.terms.map((t) => {
    if (known.has(t.folded)) return t.exact
    changed = true
    // A word with no close match is dropped so the rest of the query can still find something.
    return suggestTerms(t.exact, vocabulary, 1)[0] ?? ''
  })
  const text = words.filter(Boolean).join(' ')
  return changed && text ? text : undefined
}
