// Newest-first pages of a huge match set without sorting every match. Rowid order is
// publication order save for a few articles (an edited date keeps its rowid, an import is new
// until the next reindex), so the page comes from the highest-rowid matches, corrected by the
// articles whose date says they belong there although their rowid does not. Exact in every case:
// when too many articles are out of order, every match is sorted as before.
import type { Client, InStatement, InValue } from '@libsql/client'

import type { NormalizedQuery } from '@/search/query/params'

import { filterSql, type RankRow } from './exact'
import { concatSql, HIT_COLUMNS, hitRow, splitRows, textColumn, toRankRow } from './results'
import type { TableSet } from './schema'

/** Past this many out-of-order articles, checking them one by one costs more than sorting. */
const OUT_OF_ORDER_LIMIT = 2000

const ROW = concatSql(HIT_COLUMNS)
const parse = (value: string): RankRow[] => splitRows(value).map((fields) => hitRow(fields))

/** Every match joined and sorted: exact whatever the rowid order, and slow on huge sets. */
function sortedPageStatement(
  t: TableSet,
  match: string,
  p: NormalizedQuery,
  limit: number,
  offset: number,
): InStatement {
  const f = filterSql(p)
  return {
    sql: `SELECT 'hit' AS t, a.rid AS rid, 0 AS score, a.published_at AS published_at,
        a.kind AS kind, a.year AS year
      FROM (SELECT rowid AS rid FROM ${t.fts} WHERE ${t.fts} MATCH ?) m
      CROSS JOIN ${t.attrs} a ON a.rid = m.rid ${f.sql}
      ORDER BY published_at DESC, rid DESC LIMIT ? OFFSET ?`,
    args: [match, ...f.args, limit, offset],
  }
}

/** The `n` highest-rowid matches that pass the filters. */
function topRowsStatement(t: TableSet, match: string, p: NormalizedQuery, n: number): InStatement {
  const f = filterSql(p)
  return {
    sql: `SELECT ${ROW} AS rows FROM (
        SELECT m.rowid AS rid FROM ${t.fts} m CROSS JOIN ${t.attrs} a ON a.rid = m.rowid
        WHERE ${t.fts} MATCH ? ${f.sql.replace(/^WHERE/, 'AND')} ORDER BY m.rowid DESC LIMIT ?
      ) c CROSS JOIN ${t.attrs} a ON a.rid = c.rid`,
    args: [match, ...f.args, n],
  }
}

/** Articles dated at or after `since` whose rowid is below `below`, matching or not. */
function outOfOrderStatement(t: TableSet, p: NormalizedQuery, since: number, below: number) {
  const f = filterSql(p)
  return {
    sql: `SELECT group_concat(rid) AS rids FROM (
        SELECT a.rid AS rid FROM ${t.attrs} a
        WHERE a.published_at >= ? AND a.rid < ? ${f.sql.replace(/^WHERE/, 'AND')} LIMIT ?
      )`,
    args: [since, below, ...f.args, OUT_OF_ORDER_LIMIT + 1] as InValue[],
  }
}

function matchingStatement(t: TableSet, match: string, rids: number[]): InStatement {
  return {
    sql: `SELECT ${ROW} AS rows FROM (
        SELECT rowid AS rid FROM ${t.fts}
        WHERE ${t.fts} MATCH ? AND rowid IN (${rids.map(() => '?').join(', ')})
      ) m CROSS JOIN ${t.attrs} a ON a.rid = m.rid`,
    args: [match, ...rids.map((rid) => BigInt(rid))],
  }
}

const newestFirst = (a: RankRow, b: RankRow): number =>
  b.published_at - a.published_at || b.rid - a.rid

export async function newestPage(
  client: Client,
  tables: TableSet,
  match: string,
  query: NormalizedQuery,
): Promise<RankRow[]> {
  const n = query.offset + query.limit
  const value = async (s: InStatement, key: string): Promise<string> => {
    const row = (await client.execute(s)).rows[0]
    return row ? textColumn(row, key) : ''
  }
  const top = parse(await value(topRowsStatement(tables, match, query, n), 'rows')).sort(
    newestFirst,
  )
  const page = (rows: RankRow[]): RankRow[] => rows.slice(query.offset, n)
  // Fewer than n: these are every match.
  const last = top[n - 1]
  if (!last) return page(top)
  // The true page can only hold articles dated at or after the n-th of these; any such match
  // outside them has a lower rowid.
  const below = Math.min(...top.map((r) => r.rid))
  const late = (await value(outOfOrderStatement(tables, query, last.published_at, below), 'rids'))
    .split(',')
    .filter(Boolean)
    .map(Number)
  if (late.length > OUT_OF_ORDER_LIMIT) {
    const all = await client.execute(
      sortedPageStatement(tables, match, query, query.limit, query.offset),
    )
    return all.rows.map(toRankRow)
  }
  if (late.length === 0) return page(top)
  const extra = parse(await value(matchingStatement(tables, match, late), 'rows'))
  return page([...top, ...extra].sort(newestFirst))
}
