// Statements for large indexes. A query of common words can match most of the archive; then
// counting and faceting every match costs far more than a reader waits for. So total and facets
// are estimated from a sample of evenly spaced rowid windows (FTS5 seeks to a rowid range
// without walking the whole doclist) and flagged as approximate. The same windows estimate each
// query word's document frequency, which decides how the page is ranked (plan.ts).
import type { InStatement } from '@libsql/client'

import type { NormalizedQuery } from '@/search/query/params'

import { filterSql } from './exact'
import { MAIN_COLUMNS, type MatchPlan, quoteFts } from './match'
import type { TableSet } from './schema'

const FOLDED = MAIN_COLUMNS.folded
const WINDOWS = 8
const WINDOW_SIZE = 500
/** Above this many estimated matches the sample's numbers are used instead of exact ones. */
export const EXACT_LIMIT = 1000

export interface Sample {
  /** Facet rows ('facet') for the query's matches, then one 'df' row per term (term in kind). */
  statement: InStatement
  /** Multiply the sample's counts by this to estimate the whole index. */
  scale: number
}

/**
 * Null when the index is small enough to count exactly anyway. Besides the query's matches it
 * counts each of `terms` alone (folded), whose document frequencies decide whether bm25 is
 * affordable.
 */
export function sampleStatement(
  tables: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
  minRid: number,
  maxRid: number,
  terms: string[] = [],
): Sample | null {
  const width = maxRid - minRid + 1
  if (width <= WINDOWS * WINDOW_SIZE * 2) return null
  const step = Math.floor(width / WINDOWS)
  // BigInt binds as INTEGER; a JS number binds as REAL and FTS5 then ignores the rowid range.
  const windows = Array.from({ length: WINDOWS }, (_, k) => {
    const lo = minRid + k * step
    return [BigInt(lo), BigInt(lo + WINDOW_SIZE - 1)] as const
  })
  const inWindows = (match: string) => ({
    sql: windows
      .map(
        () =>
          `SELECT rowid AS rid FROM ${tables.fts} WHERE ${tables.fts} MATCH ? AND rowid BETWEEN ? AND ?`,
      )
      .join(' UNION ALL '),
    args: windows.flatMap(([lo, hi]) => [match, lo, hi]),
  })
  const m = inWindows(plan.required)
  const f = filterSql(query)
  const dfParts = terms.map((term) => {
    const w = inWindows(`${FOLDED} : ${quoteFts(term)}`)
    return {
      sql: `SELECT 'df' AS t, ? AS kind, 0 AS year, '' AS cats, (SELECT count(*) FROM (${w.sql})) AS n`,
      args: [term, ...w.args],
    }
  })
  return {
    statement: {
      sql: [
        `SELECT 'facet' AS t, a.kind AS kind, a.year AS year, a.categories_key AS cats,
          count(*) AS n
        FROM (${m.sql}) m CROSS JOIN ${tables.attrs} a ON a.rid = m.rid ${f.sql}
        GROUP BY a.kind, a.year, a.categories_key`,
        ...dfParts.map((d) => d.sql),
      ].join(' UNION ALL '),
      args: [...m.args, ...f.args, ...dfParts.flatMap((d) => d.args)],
    },
    scale: width / (WINDOWS * WINDOW_SIZE),
  }
}
