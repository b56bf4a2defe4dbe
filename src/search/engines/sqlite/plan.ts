// One search against the live tables. Small indexes and cheap queries get exact counts and
// bm25 ranking. On a large index a sample estimates the match count and each word's document
// frequency; a huge match set gets estimated totals and facets, and a query whose bm25 over every
// match would be slow is ranked by the impact path (impact.ts), which returns the exact
// ranking's page or hands back to the exact statement.
import type { Client } from '@libsql/client'

import type { CoreResult } from '@/search/query/flow'
import { termIndex } from '@/search/query/highlight'
import type { NormalizedQuery } from '@/search/query/params'

import { compareHits, pageStatement, type RankRow, rankStatement, textStatement } from './exact'
import { withoutIdleExpansions } from './expansion-probe'
import { type ImpactContext, impactPage, type PathEvent } from './impact'
import { PhraseCounts } from './impact-lists'
import type { MatchPlan } from './match'
import { matchListStatement, parseMatchList } from './match-list'
import { newestPage } from './newest'
import type { QueryWords } from './query-words'
import { numberColumn, textColumn, toFacets, toHit, toRankRow } from './results'
import { EXACT_LIMIT, sampleStatement } from './sample'
import type { TableSet } from './schema'
import { TermStats } from './term-stats'

export interface Plans {
  main: MatchPlan
  /** The words whose document frequencies the sample estimates. */
  words: QueryWords
}

/**
 * Postings bm25() may walk for one query: its IDF pass reads every phrase's doclist (exact
 * spellings double the words) and it scores every match. About 0.1 µs each on 2 cores, so
 * this keeps a bm25 query to a few milliseconds.
 */
export const BM25_BUDGET = 50_000

export interface RankingContext {
  stats: TermStats
  bm25Budget: number
  /** Exact phrase counts and the index version they hold for (impact.ts). */
  impact?: ImpactContext
}

export async function computeResult(
  client: Client,
  tables: TableSet,
  given: Plans | null,
  query: NormalizedQuery,
  ctx: RankingContext = { stats: new TermStats(), bm25Budget: BM25_BUDGET },
): Promise<CoreResult> {
  const trace = ctx.impact?.trace
  const plans = given ? await withoutIdle(client, tables, given, trace) : null
  const s = plans ? await sample(client, tables, plans, query, ctx.stats) : null
  if (!plans || !s) {
    trace?.({ kind: 'path', path: 'small' })
    return exactResult(client, tables, plans?.main ?? null, query)
  }
  const huge = s.total > EXACT_LIMIT
  const relevance = query.sort === 'relevance'
  const factor = plans.words.exactAware ? 2 : 1
  const postings = [...s.df.values()].reduce((sum, df) => sum + df * factor, 0) + s.total
  if (!huge && !(relevance && postings > ctx.bm25Budget)) {
    trace?.({ kind: 'path', path: 'budget' })
    return exactResult(client, tables, plans.main, query)
  }

  let rows: RankRow[]
  let byImpact = false
  if (relevance) {
    const impact = ctx.impact ?? { counts: new PhraseCounts(), version: async () => '' }
    const outcome = await impactPage(client, tables, plans.main, query, impact)
    // Not provable within the list depths: the exact statement. A huge match set keeps the
    // sample's totals and facets, as on the impact path (the total shown must not depend on
    // whether a proof succeeded), so it ranks without materialising and grouping every match.
    trace?.({ kind: 'path', path: outcome.rows === null ? 'fallback' : 'impact' })
    if (outcome.rows === null && !huge) return exactResult(client, tables, plans.main, query)
    rows =
      outcome.rows ??
      (await client.execute(pageStatement(tables, plans.main, query))).rows.map(toRankRow)
    byImpact = outcome.rows !== null
  } else {
    trace?.({ kind: 'path', path: 'newest' })
    rows = await newestPage(client, tables, plans.main.required, query)
  }
  const counted = huge ? s : await allMatches(client, tables, plans.main, query)
  const hits = await withText(client, tables, plans.main, rows)
  return {
    // An estimate must never claim fewer matches than the pages already shown.
    total: huge ? Math.max(counted.total, query.offset + hits.length) : counted.total,
    facets: counted.facets,
    hits,
    ...(huge ? { totalApproximate: true, facetsApproximate: true } : {}),
    ...(byImpact ? { rankedByImpact: true } : {}),
  }
}

/** The plans with expansions that match no row left out: the same result, found sooner. */
async function withoutIdle(
  client: Client,
  t: TableSet,
  plans: Plans,
  trace: ((e: PathEvent) => void) | undefined,
): Promise<Plans> {
  const main = await withoutIdleExpansions(client, t.fts, plans.main)
  if (main === plans.main) return plans
  trace?.({ kind: 'expansions-idle' })
  return { ...plans, main }
}

interface SampleResult {
  total: number
  facets: ReturnType<typeof toFacets>['facets']
  /** Estimated document frequency of each folded query word. */
  df: Map<string, number>
  /** Estimated number of indexed documents. */
  docs: number
}

async function sample(
  client: Client,
  t: TableSet,
  plans: Plans,
  p: NormalizedQuery,
  stats: TermStats,
): Promise<SampleResult | null> {
  // Two subqueries: SQLite answers a lone min() or max() from the b-tree edge, both at once by a scan.
  const span = await client.execute(
    `SELECT (SELECT min(rid) FROM ${t.attrs}) AS lo, (SELECT max(rid) FROM ${t.attrs}) AS hi`,
  )
  const row = span.rows[0]
  if (!row || row['lo'] === null) return null
  const lo = numberColumn(row, 'lo')
  const hi = numberColumn(row, 'hi')
  const docs = hi - lo + 1
  const df = new Map<string, number>()
  const words = [...new Set([...plans.words.folded, ...plans.words.keys])]
  for (const w of words) {
    const known = stats.get(w, docs)
    if (known !== undefined) df.set(w, known)
  }
  const missing = words.filter((w) => !df.has(w))
  const s = sampleStatement(t, plans.main, p, lo, hi, missing)
  if (!s) return null
  const rows = (await client.execute(s.statement)).rows
  for (const r of rows) {
    if (textColumn(r, 't') !== 'df') continue
    df.set(textColumn(r, 'kind'), numberColumn(r, 'n') * s.scale)
    stats.set(textColumn(r, 'kind'), docs, numberColumn(r, 'n') * s.scale)
  }
  const counted = toFacets(rows.filter((r) => textColumn(r, 't') === 'facet').map(toRankRow))
  const scale = (rec: Record<string, number>): void => {
    for (const k of Object.keys(rec)) rec[k] = Math.round((rec[k] ?? 0) * s.scale)
  }
  const { facets } = counted
  scale(facets.kind)
  scale(facets.category)
  scale(facets.year)
  return { total: Math.round(counted.total * s.scale), facets, df, docs }
}

/** Exact total and facets, and every matching rid, newest first: one walk of the match set. */
async function allMatches(client: Client, t: TableSet, plan: MatchPlan, p: NormalizedQuery) {
  const row = (await client.execute(matchListStatement(t, plan, p))).rows[0]
  const matches = parseMatchList(row ? textColumn(row, 'rows') : '')
  return { ...toFacets(matches), rids: matches.map((m) => m.rid).sort((a, b) => b - a) }
}

async function exactResult(
  client: Client,
  t: TableSet,
  plan: MatchPlan | null,
  p: NormalizedQuery,
): Promise<CoreResult> {
  const ranked = (await client.execute(rankStatement(t, plan, p))).rows.map(toRankRow)
  const { total, facets } = toFacets(ranked.filter((r) => r.t === 'facet'))
  const page = ranked
    .filter((r) => r.t === 'hit')
    .sort((a, b) => compareHits(a, b, p.sort === 'date' || plan === null))
  return { total, facets, hits: await withText(client, t, plan, page) }
}

/** Reads the long text for the page only and builds snippets from it. */
async function withText(client: Client, t: TableSet, plan: MatchPlan | null, page: RankRow[]) {
  if (page.length === 0) return []
  const texts = await client.execute(
    textStatement(
      t,
      page.map((r) => r.rid),
    ),
  )
  const byRid = new Map(texts.rows.map((row) => [numberColumn(row, 'rid'), row]))
  const terms = termIndex(plan?.highlightTerms ?? [], plan?.highlightSequences ?? [])
  // A row deleted between the two reads is simply left out of this page.
  return page.flatMap((r) => {
    const row = byRid.get(r.rid)
    return row ? [toHit(r, row, terms)] : []
  })
}
