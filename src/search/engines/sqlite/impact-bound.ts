// The arithmetic that lets the impact path (impact.ts) prove its page is the exact ranking's
// page. Pure functions, no I/O.
//
// FTS5's bm25 is a sum over the MATCH expression's phrases of idf(phrase) × g(f, D): f is the
// column-weighted hit count of the phrase in the row, D the row's token count, and
// g(f, D) = f (k1 + 1) / (f + k1 (1 − b + b D / avgdl)), increasing and concave in f, g(0) = 0,
// below k1 + 1. A per-term list holds the rows with the highest g for that folded term, and its
// floor (the lowest g listed) bounds that term's g in every row outside the list. Every phrase of
// the expression is bounded through its words' floors, so a row outside every list scores at most
// upperBound(); when the k-th candidate beats that, no other row can enter the first k.
import { EXACT_COLUMNS, FOLDED_COLUMNS } from './columns'
import { freshness, RECENCY_WEIGHT, YEAR_MS } from './exact'

/** FTS5's bm25 constants (fts5_aux.c). */
export const K1 = 1.2
export const B = 0.75
/** FTS5 clamps a non-positive IDF (a phrase in more than half of the rows) to this. */
export const MIN_IDF = 1e-6
/** The recency factor of the ranking formula never exceeds this (exact.ts). */
export const MAX_FRESH = 1 + RECENCY_WEIGHT
/** Float noise between SQLite's libm and V8 (log): bounds are widened by this much. */
const SLACK = 1 + 1e-9

/** FTS5's IDF of a phrase found in `hits` of `rows` rows. */
export function ftsIdf(hits: number, rows: number): number {
  const n = Math.max(rows, 2)
  const idf = Math.log((n - hits + 0.5) / (hits + 0.5))
  return idf <= 0 ? MIN_IDF : idf
}

/** g(f, D) of FTS5's bm25 for one phrase. */
export function g(f: number, docTokens: number, avgdl: number): number {
  if (f <= 0) return 0
  return (f * (K1 + 1)) / (f + K1 * (1 - B + (B * docTokens) / avgdl))
}

/**
 * The largest g a phrase can reach in a row when one of its words reaches at most `y` there,
 * with the phrase's column weights `factor` times that word's (exact columns weigh 4× their
 * folded twins). Exact for the word itself (factor 1). For f' = factor × f:
 * g(f') = (k1+1) factor y / ((k1+1) + (factor − 1) y), whatever D: increasing in y, at most k1+1.
 */
export function scaledBound(y: number, factor: number): number {
  if (y <= 0) return 0
  const top = K1 + 1
  return Math.min(top, (top * factor * y) / (top + (factor - 1) * y))
}

/**
 * A row's g for a word moves with the average row length. A list built when it was `then`
 * bounds rows it does not hold by floor × max(1, now / then): with a longer average every
 * g grows, by at most that ratio; with a shorter one every g shrinks.
 */
export function driftedFloor(floor: number, avgdlThen: number, avgdlNow: number): number {
  if (floor <= 0) return 0
  return Math.min(K1 + 1, floor * Math.max(1, avgdlNow / avgdlThen))
}

export type ColumnKind = 'folded' | 'exact'

/** One phrase of a MATCH expression: its words and which twin columns it is searched on. */
export interface Phrase {
  /** The expression text of the phrase (`{cols} : "…"`), also a MATCH expression of its own. */
  text: string
  words: string[]
  kind: ColumnKind
}

const FOLDED = new Set<string>(FOLDED_COLUMNS)
const EXACT = new Set<string>(EXACT_COLUMNS)
/** A column filter and what follows it: one quoted phrase, or a NEAR group of them. */
const FILTERED =
  /\{([^}]*)\}\s*:\s*(?:("(?:[^"]|"")*")|NEAR\s*\(((?:\s*"(?:[^"]|"")*")+)\s*(?:,\s*\d+\s*)?\))/g
const QUOTED = /"(?:[^"]|"")*"/g
const WORD = /[\p{L}\p{N}]+/gu

/**
 * Every phrase of a MATCH expression written by match.ts, in order (each phrase of a NEAR group
 * too: its instances are some of the phrase's occurrences, and FTS5 counts the phrase alone for
 * its IDF), or null when the expression holds something these bounds do not cover (a phrase
 * without a column filter, columns of both kinds in one filter).
 */
export function parsePhrases(expression: string): Phrase[] | null {
  const out: Phrase[] = []
  let quoted = 0
  for (const m of expression.matchAll(FILTERED)) {
    const [, cols = '', single, group] = m
    const names = cols.split(/\s+/).filter(Boolean)
    const kind = names.every((c) => FOLDED.has(c))
      ? 'folded'
      : names.every((c) => EXACT.has(c))
        ? 'exact'
        : null
    if (kind === null || names.length === 0) return null
    for (const body of single !== undefined ? [single] : ((group ?? '').match(QUOTED) ?? [])) {
      const words = body.slice(1, -1).replace(/""/g, '"').toLowerCase().match(WORD) ?? []
      if (words.length === 0) return null
      out.push({ text: `{${names.join(' ')}} : ${body}`, words, kind })
      quoted++
    }
  }
  // Every quoted string belongs to a filter read above: any other is syntax not read here.
  if ((expression.match(QUOTED) ?? []).length !== quoted) return null
  return out
}

/** What is known of one folded word's list. */
export interface WordFloor {
  /** Highest g of the word in any row outside its list (0 when the list holds every row). */
  floor: number
}

/**
 * The best score (bm25 × recency, positive) a row outside every list can reach. `idf[i]` is
 * phrase i's IDF (or an upper bound of it); `fold` maps an exact word to its folded twin;
 * `fresh` the largest recency factor such a row can have (recentRows). Returns Infinity when a
 * word has no list.
 */
export function upperBound(
  phrases: readonly Phrase[],
  idf: readonly number[],
  floors: ReadonlyMap<string, WordFloor>,
  fold: (word: string) => string,
  fresh = MAX_FRESH,
): number {
  let sum = 0
  phrases.forEach((p, i) => {
    let y = Infinity
    for (const w of p.words) {
      const f = floors.get(p.kind === 'exact' ? fold(w) : w)
      y = Math.min(y, f ? f.floor : Infinity)
    }
    if (y === Infinity) {
      sum = Infinity
      return
    }
    sum += (idf[i] ?? Infinity) * scaledBound(y, p.kind === 'exact' ? 4 : 1)
  })
  return sum * fresh * SLACK
}

/** A scored candidate as the exact statement orders them (score ascending: bm25 is negative). */
export interface ScoredRow {
  rid: number
  score: number
}

/** Scores this low carry the top bonus (exact.ts TOP_BONUS): exact title and name matches. */
export const TOP_SCORE = -500_000

/**
 * Whether the first `k` of the candidates, sorted as the exact statement sorts, are the first k
 * of all matches: the k-th must be a top match (every top match is a candidate) or beat every
 * row outside the lists. `complete` says the candidates are every match.
 */
export function proven(
  sorted: readonly ScoredRow[],
  k: number,
  bound: number,
  complete: boolean,
): boolean {
  if (complete) return true
  const kth = sorted[k - 1]
  if (!kth) return false
  return kth.score <= TOP_SCORE || -kth.score > bound
}

/**
 * The largest recency factor of a row published before `before` (ms), scored at `now` or later
 * (a later `now` only ages it): 1 + RECENCY_WEIGHT / (1 + age in years), at most MAX_FRESH.
 */
export function freshBefore(before: number, now: number): number {
  return 1 + RECENCY_WEIGHT * freshness(before, now)
}

/**
 * The publication time before which every row's recency factor at `now` or later is below
 * `fresh` (the inverse of freshBefore): -Infinity when no age gets a factor that low (fresh ≤ 1,
 * the factor of an infinitely old row), `now` when every row already published is below it.
 */
export function publishedCutoff(fresh: number, now: number): number {
  if (fresh <= 1) return -Infinity
  if (fresh >= MAX_FRESH) return now
  return now - YEAR_MS * (RECENCY_WEIGHT / (fresh - 1) - 1)
}
