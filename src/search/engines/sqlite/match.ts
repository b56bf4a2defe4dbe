// Builds the FTS5 MATCH expression from analyzer output only. Every token is emitted as an FTS5
// string literal, so nothing the reader types can become FTS5 syntax (NEAR, *, column filters…).
import { docNumberKey } from '@/search/vietnamese/docnum'
import { nameKeyOf } from '@/search/vietnamese/names'
import { isFoldedVietnameseSyllable } from '@/search/vietnamese/syllable'
import { tokenize } from '@/search/vietnamese/tokenize'
import type { AnalyzedQuery, QueryTerm } from '@/search/vietnamese/types'

import { type ColumnSet, MAIN_COLUMNS, quoteFts } from './columns'

export { EXACT_COLUMNS, FOLDED_COLUMNS, MAIN_COLUMNS, quoteFts } from './columns'

/** Bounds the expression size whatever the query length. */
export const MAX_MATCH_TERMS = 16

const TOKEN_CHAR = /[\p{L}\p{N}]/u

/** unicode61 drops strings without letters or digits; an empty phrase would match nothing. */
function usable(s: string): boolean {
  return TOKEN_CHAR.test(s)
}

function andAll(clauses: string[]): string {
  return clauses.length === 1 ? (clauses[0] ?? '') : `(${clauses.join(' AND ')})`
}

export interface MatchPlan {
  /** Defines the matched set. */
  expression: string
  /** The same set without the optional boosts: cheaper when only counting. */
  required: string
  /**
   * Set when the query has expansions: literal matches are scored by `literal` alone and the
   * rest (`expanded`, which excludes them) with a penalty, so an abbreviation never outranks
   * the words the reader typed.
   */
  literal?: string
  expanded?: string
  /** The expansion-only matches with the expansion next to the other words: not demoted. */
  expandedNear?: string
  /** `literal` without the optional boosts. */
  literalRequired?: string
  /**
   * Set with `literal`: expressions whose matches together hold every row that matches only
   * through an expansion (each abbreviation's other spellings with the rest of the required
   * words). When none of them matches a row, the expansion arms score nothing and can be left
   * out exactly (expansion-probe.ts).
   */
  expansionProbes?: string[]
  /**
   * The exact title or name matches (the whole query as a phrase in the title, the query as a
   * whole name or document number): they rank ahead of everything else whatever their date.
   */
  top?: string
  /** The title part of `top` alone, for the small title-only table (schema.ts `lead`). */
  topTitle?: string
  /** The name and document-number part of `top` alone: rare tokens, cheap to list. */
  topKeys?: string
  /** The query as one whole-name key (names.ts), when it can be a name. */
  nameKey?: string
  /** Folded query words to highlight one by one. */
  highlightTerms: string[]
  /** Folded word sequences (quoted phrases, expansions) to highlight only when whole. */
  highlightSequences: string[][]
}

/** Returns null when the query holds nothing searchable (only punctuation, emoji…). */
export function buildMatchExpression(
  analyzed: AnalyzedQuery,
  cols: ColumnSet = MAIN_COLUMNS,
): MatchPlan | null {
  const terms = analyzed.terms.filter((t) => usable(t.folded)).slice(0, MAX_MATCH_TERMS)
  const phrases = analyzed.phrases
    .map((p) => p.filter((t) => usable(t.folded)))
    .filter((p) => p.length > 0)
  if (terms.length === 0 && phrases.length === 0) return null

  const folded = (words: string[]): string => `${cols.folded} : ${quoteFts(words.join(' '))}`
  const exact = (words: string[]): string => `${cols.exact} : ${quoteFts(words.join(' '))}`
  // Matching is always accent-insensitive; exact spellings only ever add score (see boosts).
  const termClause = (t: QueryTerm): string => folded([t.folded])
  // `ĐU` folds to the syllable `du` and would match `dự`: such a one-word expansion is looked
  // up with its accents, as the analyzer itself matches it (see vietnamese/expand.ts).
  const expansionClause = (e: QueryTerm[]): string | null => {
    const words = e.map((t) => t.folded).filter(usable)
    if (words.length === 0) return null
    const only = e.length === 1 ? e[0] : undefined
    return only && accentedSyllable(e) ? exact([only.exact]) : folded(words)
  }

  // Typing any diacritic shows the reader uses an input method, so unmarked words ("Ban") are
  // meant unmarked too and should outrank their marked look-alikes ("bàn").
  const exactAware = analyzed.terms.some((t) => t.hasDiacritics)
  const sequences: string[][] = []
  const literal: string[] = []
  const clauses: string[] = []
  // Per clause with expansions: its index and its other spellings (for expansionProbes).
  const expanding: Array<{ at: number; spellings: string[] }> = []

  // Expansions only line up with term positions if nothing was filtered out above.
  const expansions = terms.length === analyzed.terms.length ? analyzed.expansions : []
  // A word of several syllables (query/words.ts) is required as a phrase, not syllable by syllable.
  const words = terms.length === analyzed.terms.length ? (analyzed.words ?? []) : []
  for (let i = 0; i < terms.length;) {
    const here = expansions.filter((e) => e.from === i && e.to > i && e.to <= terms.length)
    const word = here.length === 0 ? words.find((w) => w.from === i && w.to > i + 1) : undefined
    if (word && word.to <= terms.length) {
      const clause = folded(terms.slice(i, word.to).map((t) => t.folded))
      literal.push(clause)
      clauses.push(clause)
      i = word.to
      continue
    }
    const to = here.length === 0 ? i + 1 : Math.max(...here.map((e) => e.to))
    const rest = (from: number): string[] => terms.slice(from, to).map(termClause)
    const typed = andAll(rest(i))
    const alternatives = [typed]
    for (const e of here) {
      const clause = expansionClause(e.terms)
      if (clause === null) continue
      sequences.push(e.terms.map((t) => t.folded).filter(usable))
      alternatives.push(andAll([clause, ...rest(e.to)]))
    }
    literal.push(typed)
    if (alternatives.length > 1)
      expanding.push({ at: clauses.length, spellings: alternatives.slice(1) })
    clauses.push(alternatives.length === 1 ? typed : `(${alternatives.join(' OR ')})`)
    i = to
  }

  for (const p of phrases) {
    sequences.push(p.map((t) => t.folded))
    literal.push(folded(p.map((t) => t.folded)))
    clauses.push(folded(p.map((t) => t.folded)))
  }

  // Optional boosts: OR-ed with a clause that is already required, they leave the matched set
  // unchanged but add their own bm25 contribution when they match. Exact spellings live only
  // here, which keeps the number of doclists FTS5 has to walk low.
  const boosts = new Set<string>()
  if (exactAware) {
    for (const t of terms) if (usable(t.exact)) boosts.add(exact([t.exact]))
  }
  // The query as typed, stop words included ("chuyển đổi số trong cơ quan Đảng"): the phrase
  // without them never matches a text that has them.
  const spoken = phrases.length === 0 ? withStopWords(analyzed, terms) : null
  if (terms.length > 1) {
    const words = terms.map((t) => t.folded)
    boosts.add(folded(words))
    if (exactAware) boosts.add(exact(terms.map((t) => t.exact)))
    // bm25 saturates per phrase, so the title weight alone cannot make a title phrase win over
    // a rarer word elsewhere; a phrase of its own, scored on title occurrences only, does.
    boosts.add(`${cols.titleFolded} : ${quoteFts(words.join(' '))}`)
    if (spoken) {
      boosts.add(folded(spoken))
      boosts.add(`${cols.titleFolded} : ${quoteFts(spoken.join(' '))}`)
    }
    for (const words of expandedPhrases(terms, expansions)) boosts.add(folded(words))
  }
  // Each word in the title, for a query typed without diacritics. FTS5 clamps the IDF of a word
  // found in more than half the rows to zero, so a query of common words typed unmarked ("dang
  // uy khoi so ket") scores nothing in the body, and has no exact spellings to score either; in
  // titles alone the same words are far rarer and do score, so the article whose title holds
  // them ("Đảng uỷ Khối các cơ quan tỉnh sơ kết …") comes first (see DESIGN.md, "Common words").
  // With diacritics the exact spellings do that work (and a folded title word would let "giai
  // đoạn" stand for "giải"). Single-word phrases, not a NEAR group: FTS5 scores every phrase
  // present in the row whatever the boolean structure around it, and a NEAR group that fails
  // part-way keeps its later phrases' positions from an earlier row (fts5ExprNearTest).
  if (!exactAware && terms.length >= TITLE_WORDS_MIN && terms.length <= TITLE_WORDS_MAX) {
    for (const t of terms) boosts.add(`${cols.titleFolded} : ${quoteFts(t.folded)}`)
  }
  const top: string[] = []
  const titlePhrase =
    terms.length > 1 && phrases.length === 0
      ? [
          `${cols.titleFolded} : ${quoteFts(terms.map((t) => t.folded).join(' '))}`,
          ...(spoken ? [`${cols.titleFolded} : ${quoteFts(spoken.join(' '))}`] : []),
          ...expandedTitlePhrases(terms, expansions, cols),
        ].join(' OR ')
      : null
  for (const d of analyzed.docNumbers) {
    const key = docNumberKey(d)
    if (!usable(key)) continue
    boosts.add(folded([key]))
    top.push(folded([key]))
  }
  const nameKey = phrases.length === 0 && analyzed.docNumbers.length === 0 ? nameKeyOf(terms) : null
  if (nameKey) {
    boosts.add(folded([nameKey]))
    top.push(folded([nameKey]))
  }
  // A relaxed query's dropped words (query/relax.ts) and its words close together only add score.
  const optional = (analyzed.optional ?? []).filter((t) => usable(t.folded))
  for (const t of optional) {
    boosts.add(folded([t.folded]))
    if (exactAware && usable(t.exact)) boosts.add(exact([t.exact]))
  }
  const proximity = nearClauses(terms, optional, expansions, cols)
  for (const c of proximity) boosts.add(c)
  const withBoosts = (required: string[]): string => {
    // The shortest required clause is the cheapest to evaluate a second time.
    const anchor = required.reduce((a, b) => (b.length < a.length ? b : a), required[0] ?? '')
    const all = boosts.size > 0 ? [...required, `(${[...boosts, anchor].join(' OR ')})`] : required
    return all.join(' AND ')
  }

  const expression = withBoosts(clauses)
  const plan: MatchPlan = {
    expression,
    required: clauses.join(' AND '),
    highlightTerms: [...new Set([...terms, ...optional].map((t) => t.folded))],
    highlightSequences: sequences,
    ...(titlePhrase || top.length > 0 ? { top: [titlePhrase ?? [], top].flat().join(' OR ') } : {}),
    ...(titlePhrase ? { topTitle: titlePhrase } : {}),
    ...(top.length > 0 ? { topKeys: top.join(' OR ') } : {}),
    ...(nameKey ? { nameKey } : {}),
  }
  if (clauses.some((c, k) => c !== literal[k])) {
    plan.literal = withBoosts(literal)
    plan.literalRequired = literal.join(' AND ')
    plan.expanded = `(${expression}) NOT (${plan.literalRequired})`
    // A row matching only through an expansion has some clause's other spelling and every
    // other required clause.
    plan.expansionProbes = expanding.map(({ at, spellings }) =>
      [`(${spellings.join(' OR ')})`, ...clauses.filter((_, k) => k !== at)].join(' AND '),
    )
    // An expansion next to the reader's other words ("Ủy ban nhân dân tỉnh Quảng Trị" for
    // "UBND Quảng Trị") is what the reader meant: it is not demoted as an expansion.
    if (proximity.length > 0)
      plan.expandedNear = `(${plan.expanded}) AND (${proximity.join(' OR ')})`
  }
  return plan
}

/**
 * A one-word expansion that folds to a Vietnamese syllable (`ĐU` → `du`, which is also `dự`):
 * it only means the abbreviation with its accents, so folded forms of it cannot be used.
 */
function accentedSyllable(e: readonly QueryTerm[]): boolean {
  const only = e.length === 1 ? e[0] : undefined
  return only?.hasDiacritics === true && isFoldedVietnameseSyllable(only.folded)
}

/** Tokens allowed between two phrases that still count as together (a "tỉnh" in between). */
const NEAR_SLACK = 3
/** Query lengths whose words are also scored in the title alone (two words: the title phrase). */
const TITLE_WORDS_MIN = 3
const TITLE_WORDS_MAX = 8

/**
 * The folded words of the query as typed from its first kept word to its last, stop words (and
 * a relaxed query's dropped words) included, when that differs from the kept words; else null.
 * Only when the kept words appear in the typed text in order (never for an analysis whose
 * terms do not come from its own text).
 */
function withStopWords(analyzed: AnalyzedQuery, terms: readonly QueryTerm[]): string[] | null {
  if (terms.length < 2) return null
  const typed = tokenize(analyzed.normalized)
    .filter((t) => t.kind !== 'docnum' && usable(t.folded))
    .map((t) => t.folded)
  let first = -1
  let at = 0
  for (const t of terms) {
    while (at < typed.length && typed[at] !== t.folded) at++
    if (at === typed.length) return null
    if (first < 0) first = at
    at++
  }
  const words = typed.slice(first, at)
  return words.length > terms.length && words.length <= MAX_MATCH_TERMS ? words : null
}

/**
 * The whole query in the title with an abbreviation spelled the other way ("UBND Quảng Trị" in
 * the title "Ủy ban nhân dân tỉnh Quảng Trị …"): as good as the query as a phrase in the title,
 * so it is `top` too. The words before and after the expansion stay phrases; a qualifier such as
 * "tỉnh" may stand between them and the expansion.
 */
function expandedTitlePhrases(
  terms: QueryTerm[],
  expansions: AnalyzedQuery['expansions'],
  cols: ColumnSet,
): string[] {
  const out: string[] = []
  for (const e of expansions) {
    const words = e.terms.map((t) => t.folded).filter(usable)
    if (words.length === 0 || accentedSyllable(e.terms)) continue
    const before = terms.slice(0, e.from).map((t) => t.folded)
    const after = terms.slice(e.to).map((t) => t.folded)
    const groups = [before, words, after].filter((g) => g.length > 0)
    if (groups.length < 2) continue
    const width = NEAR_SLACK * (groups.length - 1)
    out.push(
      `${cols.titleFolded} : NEAR(${groups.map((g) => quoteFts(g.join(' '))).join(' ')}, ${width})`,
    )
  }
  return out
}

/**
 * The whole query as a phrase with one abbreviation spelled the other way ("BTV Đảng ủy Khối trao
 * giải" as "ban thường vụ đảng ủy khối trao giải"). A NEAR group of common words scores next to
 * nothing (FTS5 gives each of its phrases the IDF of the phrase alone, clamped to zero for words in
 * more than half the rows), so the text that says exactly what the reader typed, abbreviation
 * spelled out, needs a phrase of its own, which is rare and scores like the typed phrase does.
 */
function expandedPhrases(terms: QueryTerm[], expansions: AnalyzedQuery['expansions']): string[][] {
  const out: string[][] = []
  for (const e of expansions) {
    const words = e.terms.map((t) => t.folded).filter(usable)
    if (words.length === 0 || accentedSyllable(e.terms)) continue
    const before = terms.slice(0, e.from).map((t) => t.folded)
    const after = terms.slice(e.to).map((t) => t.folded)
    if (before.length + after.length === 0) continue
    const all = [...before, ...words, ...after]
    if (all.length <= MAX_MATCH_TERMS) out.push(all)
  }
  return out
}

/**
 * Proximity boosts: each abbreviation's expansion near the other query words, and for a relaxed
 * query the remaining words near each other. NEAR takes phrases, so multi-word forms stay whole.
 */
function nearClauses(
  terms: QueryTerm[],
  optional: QueryTerm[],
  expansions: AnalyzedQuery['expansions'],
  cols: ColumnSet,
): string[] {
  const near = (groups: string[][]): string => {
    // NEAR's number is the tokens allowed between the phrases, all gaps together.
    const width = NEAR_SLACK * (groups.length - 1)
    return `${cols.folded} : NEAR(${groups.map((g) => quoteFts(g.join(' '))).join(' ')}, ${width})`
  }
  const out: string[] = []
  for (const e of expansions) {
    const words = e.terms.map((t) => t.folded).filter(usable)
    const others = terms.filter((_, i) => i < e.from || i >= e.to).map((t) => [t.folded])
    // Folded, `ĐU` would be `dự` next to the other words ("Dự hội nghị sơ kết … Đảng ủy Khối").
    if (accentedSyllable(e.terms)) continue
    if (words.length > 0 && others.length > 0 && others.length <= 6) {
      out.push(near([words, ...others]))
    }
  }
  if (optional.length > 0 && terms.length > 1 && terms.length <= 8) {
    out.push(near(terms.map((t) => [t.folded])))
  }
  return out
}
