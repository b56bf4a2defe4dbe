// The words of an analysed query whose document frequencies the planner estimates from the
// sample (plan.ts): they decide whether bm25 over every match is affordable. Each distinct word
// once, folded, plus the document-number and whole-name keys, which the index stores as single
// tokens.
import { docNumberKey } from '@/search/vietnamese/docnum'
import { nameKeyOf } from '@/search/vietnamese/names'
import type { AnalyzedQuery } from '@/search/vietnamese/types'

export interface QueryWords {
  /** Folded forms of the query's distinct words (by exact spelling), letters or digits only. */
  folded: string[]
  /** The reader typed diacritics, so every word is also an exact-spelling phrase (match.ts). */
  exactAware: boolean
  /** Document-number and whole-name keys, stored as single tokens. */
  keys: string[]
}

export function queryWords(analyzed: AnalyzedQuery): QueryWords {
  const seen = new Set<string>()
  const terms = analyzed.terms.filter((t) => {
    const fresh = !seen.has(t.exact)
    seen.add(t.exact)
    return fresh && /[\p{L}\p{N}]/u.test(t.folded)
  })
  return {
    folded: terms.map((t) => t.folded),
    exactAware: analyzed.terms.some((t) => t.hasDiacritics),
    keys: [...analyzed.docNumbers.map(docNumberKey), ...nameKeys(analyzed)],
  }
}

/** The query as a whole name (see match.ts), when it can be one. */
function nameKeys(analyzed: AnalyzedQuery): string[] {
  if (analyzed.docNumbers.length > 0 || analyzed.phrases.length > 0) return []
  const key = nameKeyOf(analyzed.terms)
  return key ? [key] : []
}
