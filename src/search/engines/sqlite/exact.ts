// SQL for one search against a table set. User input only ever travels as bound parameters; the
// interpolated parts are table names and constants from this package.
import type { InStatement, InValue } from '@libsql/client'

import { authorKey } from '@/search/engines/document-text'
import type { NormalizedQuery } from '@/search/query/params'

import type { MatchPlan } from './match'
import { BM25_WEIGHTS, type TableSet } from './schema'

export interface Sql {
  sql: string
  args: InValue[]
}

export function filterSql(query: NormalizedQuery): Sql {
  const where: string[] = []
  const args: InValue[] = []
  const f = query.filters
  if (f.kind) {
    where.push('a.kind = ?')
    args.push(f.kind)
  }
  if (f.category) {
    where.push('instr(a.categories_key, ?) > 0')
    args.push(`|${f.category}|`)
  }
  if (f.author) {
    where.push('instr(a.authors_key, ?) > 0')
    args.push(`|${authorKey(f.author)}|`)
  }
  if (f.fromTs !== undefined) {
    where.push('a.published_at >= ?')
    args.push(f.fromTs)
  }
  if (f.toTs !== undefined) {
    where.push('a.published_at <= ?')
    args.push(f.toTs)
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args }
}

/** Score multiplier for rows found only through an abbreviation or synonym expansion. */
export const EXPANSION_FACTOR = 0.5

/**
 * `(rid, score)` for every match. With expansions, literal matches and expansion-only matches are
 * scored by separate expressions (see MatchPlan) so the expansion's own words never add score to
 * a literal match, and expansion-only rows are demoted.
 */
/**
 * Which rows a restricted statement scores: listed rowids (a JSON array), or every row from a
 * rowid on.
 */
export type Within = { rids: string } | { fromRid: number }

function scoredSql(fts: string, plan: MatchPlan, relevance: boolean, within?: Within): Sql {
  const bm25 = relevance ? `bm25(${fts}, ${BM25_WEIGHTS.join(', ')})` : '0'
  // `+rowid` keeps the list away from FTS5: as a rowid constraint it would start the query
  // (and bm25's IDF pass over every doclist) once per listed row. A range is one constraint:
  // FTS5 seeks to its first row and walks only the rows past it, with one IDF pass.
  const only =
    within === undefined
      ? ''
      : 'rids' in within
        ? ' AND +rowid IN (SELECT value FROM json_each(?))'
        : ' AND rowid >= ?'
  const bound: InValue[] =
    within === undefined ? [] : ['rids' in within ? within.rids : within.fromRid]
  const one = (factor: string): string =>
    `SELECT rowid AS rid, ${bm25}${factor} AS score FROM ${fts} WHERE ${fts} MATCH ?${only}`
  const args = (...matches: string[]): InValue[] => matches.flatMap((m) => [m, ...bound])
  if (!relevance || plan.literal === undefined || plan.expanded === undefined) {
    return { sql: one(''), args: args(plan.expression) }
  }
  if (plan.expandedNear !== undefined) {
    return {
      sql: `${one('')} UNION ALL ${one('')} UNION ALL ${one(` * ${EXPANSION_FACTOR}`)}`,
      args: args(plan.literal, plan.expandedNear, `(${plan.expanded}) NOT (${plan.expandedNear})`),
    }
  }
  return {
    sql: `${one('')} UNION ALL ${one(` * ${EXPANSION_FACTOR}`)}`,
    args: args(plan.literal, plan.expanded),
  }
}

/**
 * Recency as a tie-breaker (see DESIGN.md): a score is multiplied by 1 + RECENCY_WEIGHT ×
 * freshness, freshness = 1 / (1 + age in years), so within about 5 % of relevance the newer
 * article ranks first, while a clearly better match keeps its place whatever its age.
 */
export const RECENCY_WEIGHT = 0.05
export const YEAR_MS = 365.25 * 24 * 3600 * 1000
/** Exact title and name matches (MatchPlan.top) rank ahead of all others: a constant this large. */
export const TOP_BONUS = 1_000_000

export function freshness(publishedAt: number, now: number): number {
  return 1 / (1 + Math.max(0, now - publishedAt) / YEAR_MS)
}

const ATTR_COLS =
  'a.rid AS rid, a.published_at AS published_at, a.kind AS kind, a.year AS year, ' +
  'a.categories_key AS cats'

/** The filtered match set with scores. CROSS JOIN pins FTS as the outer loop: otherwise the
 * planner may walk a filter index and re-run the MATCH once per row. */
function matchedSql(
  t: TableSet,
  plan: MatchPlan | null,
  p: NormalizedQuery,
  within?: Within,
  now = Date.now(),
): Sql {
  const f = filterSql(p)
  if (plan === null) {
    return { sql: `SELECT ${ATTR_COLS}, 0 AS score FROM ${t.attrs} a ${f.sql}`, args: f.args }
  }
  const m = scoredSql(t.fts, plan, p.sort === 'relevance', within)
  if (p.sort !== 'relevance') {
    return {
      sql: `SELECT ${ATTR_COLS}, m.score AS score
      FROM (${m.sql}) m CROSS JOIN ${t.attrs} a ON a.rid = m.rid ${f.sql}`,
      args: [...m.args, ...f.args],
    }
  }
  // bm25 is negative (lower is better): the recency factor and the top bonus push it down.
  const fresh = `(1 + ${RECENCY_WEIGHT} / (1 + max(0, ? - a.published_at) / ${YEAR_MS}))`
  // Recency never lifts an article above a whole name or number key match (the person credited,
  // the signer, the issuing body, the document number; issue 13 §5): such a match is scored as
  // if it were the newest article, so an exact title match passes it only by relevance. Title
  // phrases are looked up in the title-only table, whose doclists are far shorter.
  const tops: Array<Sql & { aged: boolean }> = []
  if (plan.topKeys !== undefined) {
    tops.push({
      sql: `m.rid IN (SELECT rowid FROM ${t.fts} WHERE ${t.fts} MATCH ?)`,
      args: [plan.topKeys],
      aged: false,
    })
  }
  if (plan.topTitle !== undefined) {
    tops.push({
      sql: `m.rid IN (SELECT rowid FROM ${t.lead} WHERE ${t.lead} MATCH ?)`,
      args: [plan.topTitle],
      aged: true,
    })
  }
  const when = tops.map((x) => ({
    sql: `WHEN ${x.sql} THEN m.score * ${x.aged ? fresh : 1 + RECENCY_WEIGHT} - ${TOP_BONUS}`,
    args: x.aged ? [...x.args, now] : x.args,
  }))
  const score =
    when.length === 0
      ? { sql: `m.score * ${fresh}`, args: [now] }
      : {
          sql: `CASE ${when.map((w) => w.sql).join(' ')} ELSE m.score * ${fresh} END`,
          args: [...when.flatMap((w) => w.args), now],
        }
  return {
    sql: `SELECT ${ATTR_COLS}, ${score.sql} AS score
      FROM (${m.sql}) m CROSS JOIN ${t.attrs} a ON a.rid = m.rid ${f.sql}`,
    args: [...score.args, ...m.args, ...f.args],
  }
}

export interface RankRow {
  t: 'hit' | 'facet'
  rid: number
  score: number
  published_at: number
  kind: string
  year: number
  cats: string
  n: number
}

/**
 * One pass over the match set gives both the requested page (rid order only, no text) and the
 * facet counts, grouped by (kind, year, category list) so no JSON is parsed per row.
 */
export function rankStatement(
  tables: TableSet,
  plan: MatchPlan | null,
  query: NormalizedQuery,
): InStatement {
  const m = matchedSql(tables, plan, query)
  const order =
    query.sort === 'date' || plan === null
      ? 'published_at DESC, rid DESC'
      : 'score ASC, published_at DESC, rid DESC'
  return {
    sql: `WITH f AS MATERIALIZED (${m.sql})
      SELECT * FROM (
        SELECT 'hit' AS t, rid, score, published_at, kind, year, NULL AS cats, 0 AS n
        FROM f ORDER BY ${order} LIMIT ? OFFSET ?
      )
      UNION ALL
      SELECT 'facet', 0, 0, 0, kind, year, cats, count(*) FROM f GROUP BY kind, year, cats`,
    args: [...m.args, query.limit, query.offset],
  }
}

/**
 * The requested page alone, ordered as rankStatement orders it, without counting or faceting
 * every match: for a huge match set whose total and facets come from the sample (plan.ts).
 */
export function pageStatement(
  tables: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
): InStatement {
  const m = matchedSql(tables, plan, query)
  const order =
    query.sort === 'date' ? 'published_at DESC, rid DESC' : 'score ASC, published_at DESC, rid DESC'
  return {
    sql: `SELECT 'hit' AS t, rid, score, published_at, kind, year, NULL AS cats, 0 AS n
      FROM (${m.sql}) ORDER BY ${order} LIMIT ? OFFSET ?`,
    args: [...m.args, query.limit, query.offset],
  }
}

/**
 * The first `limit` of the listed rows that match, ordered and scored exactly as rankStatement
 * orders every match (the same expression, so the same bm25 and IDFs): the impact path's page.
 */
export function withinStatement(
  tables: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
  rids: readonly number[],
  limit: number,
  now?: number,
): InStatement {
  return restricted(tables, plan, query, { rids: JSON.stringify(rids) }, limit, now)
}

/**
 * The first `limit` matches from rowid `fromRid` on, scored and ordered as withinStatement
 * (with the same `now`, the same scores for the same row, so the two pages can be merged).
 */
export function rangeStatement(
  tables: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
  fromRid: number,
  limit: number,
  now: number,
): InStatement {
  return restricted(tables, plan, query, { fromRid }, limit, now)
}

function restricted(
  tables: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
  within: Within,
  limit: number,
  now?: number,
): InStatement {
  const m = matchedSql(tables, plan, query, within, now)
  return {
    sql: `SELECT 'hit' AS t, rid, score, published_at, kind, year, NULL AS cats, 0 AS n
      FROM (${m.sql}) ORDER BY score ASC, published_at DESC, rid DESC LIMIT ?`,
    args: [...m.args, limit],
  }
}

/** Long text for the page's rows only. */
export function textStatement(tables: TableSet, rids: number[]): InStatement {
  return {
    sql: `SELECT rid, id, slug, url, published_iso, title, sapo, extra, body
      FROM ${tables.docs} WHERE rid IN (${rids.map(() => '?').join(', ')})`,
    args: rids,
  }
}

/** Same order as the SQL, since UNION ALL does not promise to keep the subquery's order. */
export function compareHits(a: RankRow, b: RankRow, byDate: boolean): number {
  if (!byDate && a.score !== b.score) return a.score - b.score
  return b.published_at - a.published_at || b.rid - a.rid
}
