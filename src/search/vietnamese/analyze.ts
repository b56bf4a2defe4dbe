import { STOP_WORDS } from './data/stopwords'
import { findExpansions } from './expand'
import { fixMisspellings } from './misspell'
import { joinLooseDocNumbers, prepareQueryText, quotedPhrases } from './query-text'
import { expressionTerms, toQueryTerm } from './terms'
import { tokenize } from './tokenize'
import type { AnalyzedQuery, QueryTerm, SearchSettings } from './types'

export { docNumberKey } from './docnum'
export { analyzeForIndex } from './index-text'

const MAX_TERMS = 16
const MAX_RAW_TERMS = 32
const MAX_PHRASES = 4
const BUILT_IN_STOP_WORDS = new Set(STOP_WORDS)

function stopWordSet(settings: Partial<SearchSettings>): Set<string> {
  const extra = Array.isArray(settings.stopWords) ? settings.stopWords.slice(0, 500) : []
  if (extra.length === 0) return BUILT_IN_STOP_WORDS
  const words = new Set(BUILT_IN_STOP_WORDS)
  for (const word of extra) {
    if (typeof word === 'string') for (const t of expressionTerms(word)) words.add(t.exact)
  }
  return words
}

function analyze(raw: string, settings: Partial<SearchSettings>): AnalyzedQuery {
  const misspellings = Array.isArray(settings.misspellings) ? settings.misspellings : []
  const synonyms = Array.isArray(settings.synonyms) ? settings.synonyms : []
  const normalized = joinLooseDocNumbers(fixMisspellings(prepareQueryText(raw), misspellings))

  const docNumbers: string[] = []
  const all: QueryTerm[] = []
  const inDocNumber: boolean[] = []
  let docEnd = -1
  for (const token of tokenize(normalized)) {
    if (token.kind === 'docnum') {
      if (!docNumbers.includes(token.exact)) docNumbers.push(token.exact)
      docEnd = token.end
      continue
    }
    if (all.length >= MAX_RAW_TERMS) break
    all.push(toQueryTerm(token))
    inDocNumber.push(token.start < docEnd)
  }

  // Words inside a matched abbreviation (`các` in `các cơ quan`) must survive stop-word removal.
  const expansions = findExpansions(all, inDocNumber, synonyms)
  const keep = all.map(() => false)
  for (const e of expansions) for (let i = e.from; i < e.to; i++) keep[i] = true
  const stopWords = stopWordSet(settings)
  all.forEach((t, i) => {
    keep[i] = keep[i] === true || inDocNumber[i] === true || !stopWords.has(t.exact)
  })
  if (!keep.includes(true)) keep.fill(true)

  // Old index → new index after dropping stop words and capping the count.
  const newIndex: number[] = []
  const terms: QueryTerm[] = []
  all.forEach((t, i) => {
    newIndex[i] = keep[i] && terms.length < MAX_TERMS ? terms.push(t) - 1 : -1
  })
  const remapped = expansions.flatMap((e) => {
    const from = newIndex[e.from] ?? -1
    const last = newIndex[e.to - 1] ?? -1
    return from >= 0 && last >= 0 ? [{ from, to: last + 1, terms: e.terms }] : []
  })

  const phrases = quotedPhrases(normalized)
    .slice(0, MAX_PHRASES)
    .map((p) => expressionTerms(p).slice(0, MAX_TERMS))
    .filter((p) => p.length > 0)

  return { raw, normalized, terms, phrases, expansions: remapped, docNumbers }
}

/**
 * Turns a reader's query into terms for the engines: normalised, misspellings fixed, quoted
 * phrases and document numbers recognised, stop words dropped (never all of them), abbreviations
 * and synonyms expanded both ways. Hostile input is capped (256 characters, 16 terms) and never
 * throws. Telex/VNI decoding is left to the engine (see telex.ts) because it is only worth trying
 * when the query as typed finds nothing.
 */
export function analyzeQuery(text: string, settings: Partial<SearchSettings> = {}): AnalyzedQuery {
  const raw = typeof text === 'string' ? text : ''
  try {
    return analyze(raw, settings ?? {})
  } catch {
    // Defensive only: every step is total, but a search box must never produce a 500.
    return { raw, normalized: '', terms: [], phrases: [], expansions: [], docNumbers: [] }
  }
}
