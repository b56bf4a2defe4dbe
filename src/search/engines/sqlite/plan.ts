// One search against the live tables. Small indexes and cheap queries get exact counts and
// bm25 ranking. On a large index a sample estimates the match count and each word's document
// frequency; a huge match set gets estimated totals and facets, and a query whose bm25 would
// walk long doclists is ranked over a pool of candidates instead (pool.ts).
import type { Client } from '@libsql/client'

import type { CoreResult } from '@/search/query/flow'
import { termIndex } from '@/search/query/highlight'
import type { NormalizedQuery } from '@/search/query/params'

import type { ColumnSet } from './columns'
import { compareHits, type RankRow, rankStatement, textStatement } from './exact'
import { LEAD_COLUMNS, MAIN_COLUMNS, type MatchPlan, quoteFts } from './match'
import { newestPage } from './newest'
import {
  type Candidates,
  matchListStatement,
  NEWEST_SIZE,
  parseMatchList,
  type PoolPlan,
  poolRowsStatement,
  poolStatement,
  rankPool,
  remainderStatement,
  STRONG_SIZE,
  toPool,
} from './pool'
import { type Feature, features, idf, phraseBonus, type PoolQuery } from './pool-score'
import { numberColumn, textColumn, toFacets, toHit, toRankRow } from './results'
import { EXACT_LIMIT, sampleStatement } from './sample'
import type { TableSet } from './schema'
import { TermStats } from './term-stats'

export interface Plans {
  main: MatchPlan
  /** The same query against the lead table's (title) columns. */
  lead: MatchPlan
  pool: PoolQuery
}

/**
 * Postings bm25() may walk for one query: its IDF pass reads every phrase's doclist (exact
 * spellings double the words) and it scores every match. About 0.1 µs each on 2 cores, so
 * this keeps a bm25 query to a few milliseconds.
 */
export const BM25_BUDGET = 50_000

interface PoolScoring {
  features: Feature[]
  /** Added for the query as a phrase anywhere in the article (the body included). */
  phraseBonus: number
}

export interface RankingContext {
  stats: TermStats
  bm25Budget: number
}

/**
 * A list over the full index that needs more than every word (a phrase, the literal words) may
 * walk the whole match set, or its rarest word's doclist, to fill, at about 1 µs an entry: it is
 * only pooled when either is at most this long (estimated). Title and sapo lists walk far
 * shorter doclists.
 */
const WALK_LIMIT = 3000

/** The candidate lists of pool.ts for this query. */
function poolPlan(t: TableSet, plans: Plans, s: SampleResult): PoolPlan {
  const words = plans.pool.terms.map((w) => w.folded)
  const phrase = (cols: ColumnSet): string => `${cols.folded} : ${quoteFts(words.join(' '))}`
  const rarest = Math.min(...words.map((w) => s.df.get(w) ?? 0))
  const walkable = Math.min(s.total, rarest) <= WALK_LIMIT
  const list = (fts: string, match: string): Candidates => ({ fts, match, size: STRONG_SIZE })
  const strong: Candidates[] = [list(t.lead, plans.lead.required)]
  let phraseAt = -1
  if (words.length > 1) {
    strong.push(list(t.lead, `(${plans.lead.required}) AND ${phrase(LEAD_COLUMNS)}`))
    if (walkable) {
      phraseAt = strong.length
      strong.push(list(t.fts, `(${plans.main.required}) AND ${phrase(MAIN_COLUMNS)}`))
    }
  }
  if (plans.main.literalRequired !== undefined && walkable) {
    strong.push(list(t.fts, plans.main.literalRequired))
  }
  // Exact title matches are the title-phrase list; whole names and document numbers are rare
  // single tokens, so their list is short whatever the index size.
  const topAt = words.length > 1 ? [1] : []
  if (plans.main.topKeys !== undefined) {
    topAt.push(strong.length)
    strong.push(list(t.fts, `(${plans.main.required}) AND (${plans.main.topKeys})`))
  }
  return {
    all: { fts: t.fts, match: plans.main.required, size: NEWEST_SIZE },
    strong,
    phraseAt,
    topAt,
  }
}

export async function computeResult(
  client: Client,
  tables: TableSet,
  plans: Plans | null,
  query: NormalizedQuery,
  ctx: RankingContext = { stats: new TermStats(), bm25Budget: BM25_BUDGET },
): Promise<CoreResult> {
  const s = plans ? await sample(client, tables, plans, query, ctx.stats) : null
  if (!plans || !s) return exactResult(client, tables, plans?.main ?? null, query)
  const huge = s.total > EXACT_LIMIT
  const relevance = query.sort === 'relevance'
  const factor = plans.pool.exactAware ? 2 : 1
  const postings = [...s.df.values()].reduce((sum, df) => sum + df * factor, 0) + s.total
  if (!huge && !(relevance && postings > ctx.bm25Budget))
    return exactResult(client, tables, plans.main, query)

  const counted = huge ? s : await allMatches(client, tables, plans.main, query)
  const idfOf = (term: string): number => idf(s.df.get(term) ?? 0, s.docs)
  const rows = relevance
    ? await pooledPage(
        client,
        tables,
        poolPlan(tables, plans, s),
        { features: features(plans.pool, idfOf), phraseBonus: phraseBonus(plans.pool, idfOf) },
        query,
        'rids' in counted ? counted.rids : undefined,
      )
    : await newestPage(client, tables, plans.main.required, query)
  const hits = await withText(client, tables, plans.main, rows)
  return {
    // An estimate must never claim fewer matches than the pages already shown.
    total: huge ? Math.max(counted.total, query.offset + hits.length) : counted.total,
    facets: counted.facets,
    hits,
    ...(huge ? { totalApproximate: true, facetsApproximate: true } : {}),
    ...(relevance ? { rankingPooled: true } : {}),
  }
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
  const words = [...new Set([...plans.pool.terms.map((w) => w.folded), ...plans.pool.docKeys])]
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

/** One page: the pool scored, best first, then the other matches, newest first. */
async function pooledPage(
  client: Client,
  t: TableSet,
  plan: PoolPlan,
  scoring: PoolScoring,
  p: NormalizedQuery,
  all?: number[],
): Promise<RankRow[]> {
  const listed = (await client.execute(poolStatement(t, plan, p, all !== undefined))).rows[0]
  const pool = toPool(listed, plan, all)
  const rows: RankRow[] = []
  if (p.offset < pool.rids.length) {
    const texts = (await client.execute(poolRowsStatement(t, pool.rids))).rows[0]
    const bonus = (rid: number): number => (pool.phrased.has(rid) ? scoring.phraseBonus : 0)
    const ranked = rankPool(
      texts ? textColumn(texts, 'rows') : '',
      scoring.features,
      bonus,
      p.limit,
      p.offset,
      { now: Date.now(), top: pool.top },
    )
    rows.push(...ranked)
  }
  // With fewer than NEWEST_SIZE newest matches the pool holds every match.
  if (pool.newest.length === NEWEST_SIZE && rows.length < p.limit) {
    const from = Math.max(0, p.offset - pool.rids.length)
    const older = await client.execute(
      remainderStatement(t, plan, p, pool, p.limit - rows.length, from),
    )
    rows.push(...older.rows.map(toRankRow))
  }
  return rows
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
