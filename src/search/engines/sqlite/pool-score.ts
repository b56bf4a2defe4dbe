// Scores a ranking pool (see pool.ts) from the analysed title, sapo and extra text of its
// rows. Pure functions: the weights mirror the bm25 weights of the full index (title > sapo >
// extra, exact spellings 4x their folded twins, phrase boosts), with IDFs the caller estimates.
import { docNumberKey } from '@/search/vietnamese/docnum'
import { nameKeyOf } from '@/search/vietnamese/names'
import type { AnalyzedQuery } from '@/search/vietnamese/types'

export const RANK_FIELDS = ['title_x', 'title_f', 'sapo_x', 'sapo_f', 'extra_x', 'extra_f'] as const
export type RankField = (typeof RANK_FIELDS)[number]

export interface PoolTerm {
  folded: string
  exact: string
}

/** What the pool scorer needs from the analysed query. */
export interface PoolQuery {
  terms: PoolTerm[]
  /** The reader typed diacritics, so exact spellings add score (as in match.ts). */
  exactAware: boolean
  /** Document-number and whole-name keys, stored as single tokens. */
  docKeys: string[]
}

export function poolQuery(analyzed: AnalyzedQuery): PoolQuery {
  const seen = new Set<string>()
  const terms = analyzed.terms.filter((t) => {
    const fresh = !seen.has(t.exact)
    seen.add(t.exact)
    return fresh && /[\p{L}\p{N}]/u.test(t.folded)
  })
  return {
    terms: terms.map((t) => ({ folded: t.folded, exact: t.exact })),
    exactAware: analyzed.terms.some((t) => t.hasDiacritics),
    docKeys: [...analyzed.docNumbers.map(docNumberKey), ...nameKeys(analyzed)],
  }
}

/** The query as a whole name (see match.ts), when it can be one. */
function nameKeys(analyzed: AnalyzedQuery): string[] {
  if (analyzed.docNumbers.length > 0 || analyzed.phrases.length > 0) return []
  const key = nameKeyOf(analyzed.terms)
  return key ? [key] : []
}

/** Okapi IDF in its non-negative form, from a (sampled) document frequency. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (Math.max(n, 1) - df + 0.5) / (df + 0.5))
}

/** Field weights, in the proportions of BM25_WEIGHTS (title > sapo > extra; exact 4x folded). */
const FOLDED_WEIGHTS: ReadonlyArray<[RankField, number]> = [
  ['title_f', 10],
  ['sapo_f', 4],
  ['extra_f', 0.75],
]
const EXACT_WEIGHTS: ReadonlyArray<[RankField, number]> = [
  ['title_x', 40],
  ['sapo_x', 16],
  ['extra_x', 3],
]
/** The whole query as a phrase in the title counts again, as match.ts's title boost. */
const TITLE_PHRASE_BONUS = 10

/** One scoring feature: `words` (space separated) found in `field`, worth `weight` each. */
export interface Feature {
  field: RankField
  pattern: string
  weight: number
}

export function features(query: PoolQuery, idfOf: (folded: string) => number): Feature[] {
  const out: Feature[] = []
  const add = (weights: ReadonlyArray<[RankField, number]>, words: string, w: number): void => {
    for (const [field, weight] of weights)
      out.push({ field, pattern: ` ${words} `, weight: w * weight })
  }
  for (const t of query.terms) {
    add(FOLDED_WEIGHTS, t.folded, idfOf(t.folded))
    if (query.exactAware) add(EXACT_WEIGHTS, t.exact, idfOf(t.folded))
  }
  if (query.terms.length > 1) {
    // A phrase is rarer than any of its words.
    const w = query.terms.reduce((sum, t) => sum + idfOf(t.folded), 0)
    const folded = query.terms.map((t) => t.folded).join(' ')
    add([['title_f', 10 + TITLE_PHRASE_BONUS], ...FOLDED_WEIGHTS.slice(1)], folded, w)
    if (query.exactAware) add(EXACT_WEIGHTS, query.terms.map((t) => t.exact).join(' '), w)
  }
  for (const key of query.docKeys) add(FOLDED_WEIGHTS, key, idfOf(key))
  return out
}

/**
 * For the query as a phrase anywhere in the article, the body included, which the rank text does
 * not hold. Proximity ranks before field, as in Meilisearch's default rules: the words together
 * in the body beat the same words scattered over the title (worth at most 50 per word).
 */
export function phraseBonus(query: PoolQuery, idfOf: (folded: string) => number): number {
  if (query.terms.length < 2) return 0
  return query.terms.reduce((sum, t) => sum + idfOf(t.folded), 0) * ANYWHERE_PHRASE_WEIGHT
}

const ANYWHERE_PHRASE_WEIGHT = 60

/** Occurrences of `pattern` (a padded word sequence) in a padded token stream. */
export function occurrences(text: string, pattern: string): number {
  let n = 0
  // Overlapping starts one character early, since consecutive words share a space.
  for (
    let at = text.indexOf(pattern);
    at !== -1;
    at = text.indexOf(pattern, at + pattern.length - 1)
  )
    n++
  return n
}

export type RankText = Record<RankField, string>

/** Σ weight × count saturated as bm25 does (k1 = 1.2); fields are short, so no length norm. */
export function score(text: RankText, features: Feature[]): number {
  let s = 0
  for (const f of features) {
    const n = occurrences(text[f.field], f.pattern)
    if (n > 0) s += (f.weight * n * 2.2) / (n + 1.2)
  }
  return s
}
