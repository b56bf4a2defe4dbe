// Statements for huge result sets. A query of common words can match most of the archive; then
// counting, faceting and bm25-ranking every match costs far more than a reader waits for. So:
//   - total and facets are estimated from a sample of evenly spaced rowid windows (FTS5 seeks to
//     a rowid range without walking the whole doclist) and flagged as approximate;
//   - the page is ranked in tiers, a classic IR trick: first the documents whose title holds
//     every query word, ranked by bm25 over the small lead table, then those whose title and
//     sapo together hold them, over the sapo table, then, only for pages past those tiers, the
//     rest of the matches ranked by the full index.
import type { InStatement, InValue } from '@libsql/client'
import type { MatchPlan } from './fts-match'
import type { ParsedQuery } from './query-params'
import { filterSql, scoredSql, type ScoreSource } from './sqlite-query'
import { BM25_WEIGHTS, LEAD_BM25_WEIGHTS, SAPO_BM25_WEIGHTS, type TableSet } from './sqlite-schema'

const WINDOWS = 8
const WINDOW_SIZE = 500
/** Above this many estimated matches the sample's numbers are used instead of exact ones. */
export const EXACT_LIMIT = 2000

export interface Sample {
  statement: InStatement
  /** Multiply the sample's counts by this to estimate the whole index. */
  scale: number
}

/** Null when the index is small enough to count exactly anyway. */
export function sampleStatement(
  t: TableSet,
  plan: MatchPlan,
  p: ParsedQuery,
  minRid: number,
  maxRid: number,
): Sample | null {
  const width = maxRid - minRid + 1
  if (width <= WINDOWS * WINDOW_SIZE * 2) return null
  const step = Math.floor(width / WINDOWS)
  const parts: string[] = []
  const args: InValue[] = []
  for (let k = 0; k < WINDOWS; k++) {
    const lo = minRid + k * step
    parts.push(`SELECT rowid AS rid FROM ${t.fts} WHERE ${t.fts} MATCH ? AND rowid BETWEEN ? AND ?`)
    // BigInt binds as INTEGER; a JS number binds as REAL and FTS5 then ignores the rowid range.
    args.push(plan.required, BigInt(lo), BigInt(lo + WINDOW_SIZE - 1))
  }
  const f = filterSql(p)
  return {
    statement: {
      sql: `SELECT 'facet' AS t, a.kind AS kind, a.year AS year, a.categories_key AS cats,
          count(*) AS n
        FROM (${parts.join(' UNION ALL ')}) m CROSS JOIN ${t.attrs} a ON a.rid = m.rid ${f.sql}
        GROUP BY a.kind, a.year, a.categories_key`,
      args: [...args, ...f.args],
    },
    scale: width / (WINDOWS * WINDOW_SIZE),
  }
}

export const leadSource = (t: TableSet): ScoreSource => ({
  fts: t.lead,
  weights: LEAD_BM25_WEIGHTS,
})
export const sapoSource = (t: TableSet): ScoreSource => ({
  fts: t.sapo,
  weights: SAPO_BM25_WEIGHTS,
})
export const mainSource = (t: TableSet): ScoreSource => ({ fts: t.fts, weights: BM25_WEIGHTS })

/**
 * `plan`'s matches minus those of `exclude` (a tier above). Without `boosts` they are scored on
 * the required clauses alone: bm25 costs a few microseconds per row and phrase, and the last
 * tier can hold tens of thousands of rows.
 */
export function excludingPlan(plan: MatchPlan, exclude: MatchPlan, boosts: boolean): MatchPlan {
  const not = (e: string): string => `(${e}) NOT (${exclude.required})`
  const required = not(plan.required)
  const out: MatchPlan = { ...plan, expression: boosts ? not(plan.expression) : required, required }
  delete out.literal
  delete out.expanded
  delete out.literalRequired
  if (plan.literalRequired !== undefined) {
    out.literalRequired = not(plan.literalRequired)
    out.literal = boosts && plan.literal !== undefined ? not(plan.literal) : out.literalRequired
    out.expanded = `(${out.expression}) NOT (${plan.literalRequired})`
  }
  return out
}

/**
 * One page of `src` matches, best first. Without filters only the top rows are joined to attrs
 * (for the date tie-break); with filters every match is, since the filter needs its row.
 */
export function pageStatement(
  t: TableSet,
  src: ScoreSource,
  plan: MatchPlan,
  p: ParsedQuery,
  limit: number,
  offset: number,
): InStatement {
  const relevance = p.sort === 'relevance'
  const m = scoredSql(src, plan, relevance)
  const f = filterSql(p)
  const order = relevance ? 'score ASC, published_at DESC, rid DESC' : 'published_at DESC, rid DESC'
  const top =
    relevance && f.args.length === 0
      ? {
          sql: `SELECT * FROM (${m.sql}) ORDER BY score ASC, rid DESC LIMIT ?`,
          args: [...m.args, limit + offset],
        }
      : m
  return {
    sql: `SELECT 'hit' AS t, a.rid AS rid, m.score AS score, a.published_at AS published_at,
        a.kind AS kind, a.year AS year
      FROM (${top.sql}) m CROSS JOIN ${t.attrs} a ON a.rid = m.rid ${f.sql}
      ORDER BY ${order} LIMIT ? OFFSET ?`,
    args: [...top.args, ...f.args, limit, offset],
  }
}

/** How many of a tier's matches pass the filters: where the next tier's pages start. */
export function countStatement(
  t: TableSet,
  fts: string,
  plan: MatchPlan,
  p: ParsedQuery,
): InStatement {
  const f = filterSql(p)
  return {
    sql: `SELECT count(*) AS n FROM ${fts} m CROSS JOIN ${t.attrs} a ON a.rid = m.rowid
      WHERE ${fts} MATCH ? ${f.sql.replace(/^WHERE/, 'AND')}`,
    args: [plan.required, ...f.args],
  }
}
