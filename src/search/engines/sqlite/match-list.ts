// Every match of a query with its facet attributes, unscored: the exact total and facets when
// the page itself came from a path that does not count (impact.ts, newest.ts). One value per
// statement, since rows cost ~2 µs each to hand over from SQLite.
import type { InStatement } from '@libsql/client'

import type { NormalizedQuery } from '@/search/query/params'

import { filterSql, type RankRow } from './exact'
import type { MatchPlan } from './match'
import { concatSql, splitRows } from './results'
import type { TableSet } from './schema'

/** Every match's rid and facet attributes as one value. */
export function matchListStatement(
  tables: TableSet,
  plan: MatchPlan,
  query: NormalizedQuery,
): InStatement {
  const f = filterSql(query)
  return {
    sql: `SELECT ${concatSql(['m.rid', 'a.kind', 'a.year', 'a.categories_key'])} AS rows
      FROM (SELECT rowid AS rid FROM ${tables.fts} WHERE ${tables.fts} MATCH ?) m
      CROSS JOIN ${tables.attrs} a ON a.rid = m.rid ${f.sql}`,
    args: [plan.required, ...f.args],
  }
}

/** Facet rows (one match each) from matchListStatement's value. */
export function parseMatchList(rows: string): RankRow[] {
  return splitRows(rows).map(([rid, kind, year, cats]) => ({
    t: 'facet',
    rid: Number(rid),
    score: 0,
    published_at: 0,
    kind: kind ?? '',
    year: Number(year),
    cats: cats ?? '',
    n: 1,
  }))
}
