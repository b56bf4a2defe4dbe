// The impact path: the exact ranking's page without scoring every match. The candidates are the
// rows with the highest bm25 share of each query word (impact-lists.ts) and every exact title or
// name match; they are scored by the exact statement itself restricted to them (exact.ts
// withinStatement: same expression, same IDFs, same recency and top rule), and the page is
// returned only when the k-th candidate provably beats every other row (impact-bound.ts). When
// it does not, the lists are deepened once, then the caller runs the exact statement. So the
// answer is always the exact ranking's; only the time differs.
import type { Client } from '@libsql/client'

import type { NormalizedQuery } from '@/search/query/params'
import { foldVietnamese } from '@/search/vietnamese/fold'

import {
  compareHits,
  EXPANSION_FACTOR,
  rangeStatement,
  type RankRow,
  withinStatement,
} from './exact'
import {
  freshBefore,
  ftsIdf,
  MAX_FRESH,
  parsePhrases,
  type Phrase,
  proven,
  publishedCutoff,
  upperBound,
} from './impact-bound'
import {
  DEPTHS_FIRST,
  type PhraseCounts,
  readAverages,
  WARM_DEPTH,
  wordLists,
} from './impact-lists'
import type { MatchPlan } from './match'
import { toRankRow } from './results'
import type { TableSet } from './schema'

/** List depths tried in turn; past the last, the exact statement ranks every match. */
export const DEPTHS = [DEPTHS_FIRST, WARM_DEPTH] as const
/**
 * More exact title or name matches than this and the query is left to the exact statement. They
 * are scored with the other candidates, a few microseconds each.
 */
const TOP_LIMIT = 20_000
/**
 * On a near miss the most recently published rows, whatever they hold, join the candidates
 * (those that do not match are dropped by the restricted statement's MATCH): every other row is
 * older, so its recency factor is below 1.05 (about 1.024 when this is a tenth of ten years of
 * articles), and the bound shrinks by that much. Many failed proofs missed by less.
 */
export const RECENT_ROWS = 1000
/**
 * A deeper list lifts the k-th candidate's score by a few per cent at most (at most 5.8 % among
 * the proofs that needed 2,048-deep lists at 10^4 and 2.4 % at 10^5 articles, BENCHMARKS.md
 * "Skipping hopeless depths"): when the deeper lists' bound, even with the newest rows' smaller
 * recency factor, exceeds the k-th score already reached by more than this factor, the statement
 * is not run and the exact statement ranks every match. Every 2,048-deep proof measured had that
 * ratio at most 1.001 (the deeper bound alone was low enough), and with the newer rows scored by
 * date (newerRange) proving the near misses first, the deeper attempts left at 10^5 failed 23 times
 * in 24, each an IDF pass and thousands of rows scored (BENCHMARKS.md "Newer rows by date").
 * Only the time depends on it, never the page.
 */
export const HOPELESS = 1.03
/**
 * The newest rows scored to prove a page by recency (`newerRange`) are at most this share of the
 * rowid range: past it, scoring them would cost nearly what the exact statement costs.
 */
export const RANGE_SHARE = 0.5

export interface ImpactContext {
  counts: PhraseCounts
  /** Identifies the index state: the phrase counts are kept until it changes. */
  version: () => Promise<string>
  /** Tests force shallow lists to reach the deepening and fallback branches. */
  depths?: readonly number[]
  /** RECENT_ROWS; tests set 0 (the bound with the largest recency factor) to compare. */
  recentRows?: number
  /** RANGE_SHARE; 0 turns the range off (benchmarks and tests compare). */
  rangeShare?: number
  /** Benchmarks see which path each query took and why a proof failed (bench/search/paths.ts). */
  trace?: (event: PathEvent) => void
}

/** What a query's ranking did: the path taken, and each list depth the impact path tried. */
export type PathEvent =
  | { kind: 'path'; path: 'small' | 'budget' | 'impact' | 'fallback' | 'newest' }
  /** The query's expansions matched no row and were left out (expansion-probe.ts). */
  | { kind: 'expansions-idle' }
  | {
      kind: 'depth'
      /** 0: the exact title and name matches alone were the candidates (no lists read). */
      depth: number
      /** The depth the lists were read at (deeper for a list read whole: it held no more). */
      reached: number
      candidates: number
      /** Score (positive) of the k-th candidate, or null when fewer matched. */
      kth: number | null
      bound: number
      /** Phrases bounded through lists, of all phrases. */
      open: number
      phrases: number
      /** The newest rows were candidates and the bound took the older rows' recency factor. */
      recent: boolean
      proven: boolean
    }
  | {
      kind: 'range'
      /** Share of the rowid range scored (the rows from the cutoff's first rowid on). */
      share: number
      kth: number | null
      bound: number
      proven: boolean
    }

export interface ImpactOutcome {
  /** The page (rows offset … offset + limit), or null: the caller ranks every match. */
  rows: RankRow[] | null
  /** The list depth that proved it (0: the exact title and name matches alone). */
  depth?: number
}

/**
 * The rows published at or after the `count`-th newest date, and the largest recency factor at
 * `now` of any other row: that of the newest row published before them (MAX_FRESH without one).
 */
async function recentRows(
  client: Client,
  t: TableSet,
  count: number,
  now: number,
): Promise<{ rids: number[]; fresh: number }> {
  if (count <= 0) return { rids: [], fresh: MAX_FRESH }
  const res = await client.execute({
    sql: `SELECT rid, published_at FROM ${t.attrs} WHERE published_at >= (SELECT published_at
      FROM ${t.attrs} ORDER BY published_at DESC LIMIT 1 OFFSET ?)`,
    args: [count - 1],
  })
  if (res.rows.length === 0) return { rids: [], fresh: MAX_FRESH }
  const rids = res.rows.map((r) => Number(r['rid']))
  const oldest = Math.min(...res.rows.map((r) => Number(r['published_at'])))
  // Every other row was published before `oldest` (ties at it are all read above).
  const next = await client.execute({
    sql: `SELECT max(published_at) AS p FROM ${t.attrs} WHERE published_at < ?`,
    args: [oldest],
  })
  const before = next.rows[0]?.['p']
  if (before === null || before === undefined) return { rids, fresh: MAX_FRESH }
  return { rids, fresh: Math.min(MAX_FRESH, freshBefore(Number(before), now)) }
}

async function topRows(client: Client, t: TableSet, plan: MatchPlan): Promise<number[] | null> {
  const parts: Array<[string, string]> = []
  if (plan.topTitle !== undefined) parts.push([t.lead, plan.topTitle])
  if (plan.topKeys !== undefined) parts.push([t.fts, plan.topKeys])
  const out: number[] = []
  for (const [table, match] of parts) {
    const res = await client.execute({
      sql: `SELECT rowid AS rid FROM ${table} WHERE ${table} MATCH ? LIMIT ${TOP_LIMIT + 1}`,
      args: [match],
    })
    for (const r of res.rows) out.push(Number(r['rid']))
    if (out.length > TOP_LIMIT) return null
  }
  return out
}

/**
 * The expressions the exact statement scores, with their factors (exact.ts scoredSql): one, or
 * with an expanded abbreviation the literal words, the expansion next to the other words, and
 * the other expansion-only matches at half score. Each row is scored by exactly one of them.
 */
function scoredExpressions(plan: MatchPlan): Array<[string, number]> {
  if (plan.literal === undefined || plan.expanded === undefined) return [[plan.expression, 1]]
  if (plan.expandedNear === undefined) {
    return [
      [plan.literal, 1],
      [plan.expanded, EXPANSION_FACTOR],
    ]
  }
  return [
    [plan.literal, 1],
    [plan.expandedNear, 1],
    [`(${plan.expanded}) NOT (${plan.expandedNear})`, EXPANSION_FACTOR],
  ]
}

export async function impactPage(
  client: Client,
  t: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
  ctx: ImpactContext,
): Promise<ImpactOutcome> {
  const k = query.offset + query.limit
  // A list shallower than twice the page end rarely proves it: deep pages go straight to exact.
  const depths = ctx.depths ?? DEPTHS.filter((d) => d >= 2 * k)
  if (query.sort !== 'relevance' || depths.length === 0) return { rows: null }
  const scored: Array<{ phrases: Phrase[]; factor: number }> = []
  for (const [expression, factor] of scoredExpressions(plan)) {
    const phrases = parsePhrases(expression)
    if (!phrases) return { rows: null }
    scored.push({ phrases, factor })
  }
  // Without expansions every match holds every word of each required phrase.
  const required = plan.literal === undefined ? parsePhrases(plan.required) : []
  const requiredWords = (required ?? []).flatMap(foldedWords)
  const all = scored.flatMap((x) => x.phrases)
  const top = await topRows(client, t, plan)
  if (!top) return { rows: null }
  // At least k exact title or name matches: when k of them match, the page is theirs (every top
  // match is a candidate and outranks every other row), and no bound is needed, so neither the
  // phrase counts nor the lists are read and only they are scored.
  if (top.length >= k) {
    const res = await client.execute(withinStatement(t, plan, query, top, k))
    const sorted = res.rows.map(toRankRow)
    const ok = proven(sorted, k, Infinity, false)
    ctx.trace?.({
      kind: 'depth',
      depth: 0,
      reached: 0,
      candidates: top.length,
      kth: sorted[k - 1] ? -(sorted[k - 1]?.score ?? 0) : null,
      bound: Infinity,
      open: 0,
      phrases: all.length,
      recent: false,
      proven: ok,
    })
    if (ok) return { rows: sorted.slice(query.offset, k), depth: 0 }
  }
  const now = await readAverages(client, t)
  if (!now) return { rows: null }
  // Read on the first near miss. `now` is taken before the restricted statement that uses it:
  // that statement's is later, which only ages the other rows.
  let recent: { rids: number[]; fresh: number } | undefined
  const version = await ctx.version()
  const texts = [...new Set(all.map((p) => p.text))]
  const stats = await ctx.counts.stat(client, t, version, texts)
  const idfOf = new Map(texts.map((x, i) => [x, ftsIdf(stats[i]?.count ?? 0, now.rows)]))
  // Every row of a rare phrase is a candidate, so on any other row the phrase has no instance:
  // it adds nothing to the bound. These are the phrases with the highest IDFs (the whole query
  // as a phrase, its exact spelling, the title phrase, names and numbers).
  const enumerated = new Set<string>()
  const phraseRows = new Set<number>()
  texts.forEach((x, i) => {
    const rows = stats[i]?.rids
    if (!rows) return
    enumerated.add(x)
    for (const r of rows) phraseRows.add(r)
  })
  // Fewer candidates matched than the page needs: only proven if no other row can match, which
  // holds when every row holding a required phrase is a candidate.
  const requiredEnumerated = (required ?? []).some((p) => enumerated.has(p.text))
  // Only the phrases left open need lists: a rare word's list would walk and score its rows.
  const words = [...new Set(all.filter((p) => !enumerated.has(p.text)).flatMap(foldedWords))]
  // With nothing left open, deeper lists would change nothing.
  let reached = 0
  // The best k-th score reached at a shallower depth (null: fewer than k candidates matched).
  let best: number | null = null
  // The failed attempt whose k-th score came closest to its bound.
  let closest: Miss | undefined
  let tried: Miss | undefined
  // The closest miss proven by the rows newer than its cutoff, each miss tried once.
  const tryRange = async (): Promise<RankRow[] | null> => {
    if (!closest || closest === tried) return null
    tried = closest
    return newerRange(client, t, plan, query, k, closest, ctx)
  }
  for (const depth of words.length === 0 ? depths.slice(0, 1) : depths) {
    // Lists that held no more rows than the last depth asked for were read whole: the same
    // candidates and bound again, so the same failed proof.
    if (depth <= reached) continue
    const lists = await wordLists(client, t, words, depth, now)
    reached = lists.depth
    // A row outside the lists is scored by one of the expressions: the largest of their bounds,
    // with `fresh` the largest recency factor such a row can have.
    const boundAt = (fresh: number): number =>
      Math.max(
        ...scored.map((x) => {
          const open = x.phrases.filter((p) => !enumerated.has(p.text))
          return (
            x.factor *
            upperBound(
              open,
              open.map((p) => idfOf.get(p.text) ?? Infinity),
              lists.floors,
              fold,
              fresh,
            )
          )
        }),
      )
    if (best !== null && recent && boundAt(recent.fresh) > best * HOPELESS) break
    const complete =
      requiredEnumerated || requiredWords.some((w) => lists.floors.get(w)?.floor === 0)
    const base = [...lists.rids, ...top, ...phraseRows]
    const attempt = async (extra: number[], bound: number) => {
      const rids = [...new Set([...base, ...extra])]
      const at = Date.now()
      const res = await client.execute(withinStatement(t, plan, query, rids, k, at))
      const sorted = res.rows.map(toRankRow)
      const ok = proven(sorted, k, bound, complete)
      const kth = sorted[k - 1] ? -(sorted[k - 1]?.score ?? 0) : null
      ctx.trace?.({
        kind: 'depth',
        depth,
        reached: lists.depth,
        candidates: rids.length,
        kth,
        bound,
        open: all.filter((p) => !enumerated.has(p.text)).length,
        phrases: all.length,
        recent: extra.length > 0,
        proven: ok,
      })
      // The bound on the rows outside these candidates, per unit of recency factor: the
      // closest miss is the one newerRange tries to close.
      const unit = boundAt(1)
      if (kth !== null && (closest === undefined || kth / unit > closest.kth / closest.unit)) {
        closest = { sorted, kth, unit, at }
      }
      return { sorted, ok, kth }
    }
    const first = await attempt([], boundAt(MAX_FRESH))
    if (first.ok) return { rows: first.sorted.slice(query.offset, k), depth }
    // A near miss: with the newest rows as candidates too, every other row is older, so the
    // bound takes their smaller recency factor. More candidates only raise the k-th score, so
    // when it already beats that bound the second statement proves the page (the only case
    // tried: otherwise it would cost a statement for nothing).
    if (first.kth === null) continue
    best = Math.max(best ?? 0, first.kth)
    // The newer rows by date first: one range statement walks only them, where a deeper list
    // or the newest rows would cost another walk of every match.
    const ranged = await tryRange()
    if (ranged) return { rows: ranged.slice(query.offset, k), depth }
    recent ??= await recentRows(client, t, ctx.recentRows ?? RECENT_ROWS, Date.now())
    const tighter = boundAt(recent.fresh)
    if (recent.rids.length === 0 || first.kth <= tighter) continue
    const second = await attempt(recent.rids, tighter)
    if (second.ok) return { rows: second.sorted.slice(query.offset, k), depth }
    best = Math.max(best, second.kth ?? 0)
  }
  const rows = await tryRange()
  return rows ? { rows: rows.slice(query.offset, k), depth: reached } : { rows: null }
}

/** A failed proof: its sorted candidates, k-th score, bound at recency factor 1, and `now`. */
interface Miss {
  sorted: RankRow[]
  kth: number
  unit: number
  at: number
}

/**
 * A per-row bound by date for a near miss: a row outside the candidates scores at most
 * `unit × its own recency factor`, so every row published before the cutoff where that factor
 * drops to `kth / unit` is beaten by the k-th candidate. The rows from the first rowid published
 * at or after the cutoff on are scored by one range statement with the same `now`, so the same
 * scores, and merged with the candidates; every row left out has a smaller rowid, so it is older
 * than the cutoff by that first rowid's definition (a rebuild writes rows in date order and live
 * writes append, which only keeps the range short). Null when that range is more than
 * RANGE_SHARE of the index or the merged page is not proven (then the exact statement ranks).
 */
async function newerRange(
  client: Client,
  t: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
  k: number,
  miss: Miss,
  ctx: ImpactContext,
): Promise<RankRow[] | null> {
  // Strictly below the factor that would tie the k-th score (the bound already holds SLACK).
  const fresh = (miss.kth / miss.unit) * (1 - 1e-9)
  const cutoff = publishedCutoff(fresh, miss.at)
  if (cutoff === -Infinity) return null
  const span = await client.execute({
    sql: `SELECT (SELECT min(rid) FROM ${t.attrs} WHERE published_at >= ?) AS lo,
      (SELECT min(rid) FROM ${t.attrs}) AS first, (SELECT max(rid) FROM ${t.attrs}) AS last`,
    args: [cutoff],
  })
  const row = span.rows[0]
  if (!row || row['first'] === null) return null
  const first = Number(row['first'])
  const last = Number(row['last'])
  const lo = row['lo'] === null ? last + 1 : Number(row['lo'])
  const share = (last - lo + 1) / (last - first + 1)
  const limit = ctx.rangeShare ?? RANGE_SHARE
  if (limit <= 0 || share > limit) return null
  const newer =
    lo > last
      ? []
      : (await client.execute(rangeStatement(t, plan, query, lo, k, miss.at))).rows.map(toRankRow)
  const seen = new Set(miss.sorted.map((r) => r.rid))
  const merged = [...miss.sorted, ...newer.filter((r) => !seen.has(r.rid))]
    .sort((a, b) => compareHits(a, b, false))
    .slice(0, k)
  // Every row left out was published before the cutoff: its factor is below freshBefore(cutoff).
  const bound = miss.unit * freshBefore(cutoff, miss.at)
  const ok = proven(merged, k, bound, false)
  const kth = merged[k - 1] ? -(merged[k - 1]?.score ?? 0) : null
  ctx.trace?.({ kind: 'range', share, kth, bound, proven: ok })
  return ok ? merged : null
}

/** The folded twins of a phrase's words: the words whose lists bound it. */
function foldedWords(p: Phrase): string[] {
  return p.kind === 'exact' ? p.words.map(fold) : p.words
}

function fold(word: string): string {
  return foldVietnamese(word)
}
