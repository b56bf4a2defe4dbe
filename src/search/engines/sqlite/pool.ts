// Ranking without FTS5's bm25() for queries where bm25 would be slow. bm25() walks the whole
// doclist of every phrase in the expression to compute its IDF (about 0.1 µs a posting), so a
// query holding one common word costs tens of milliseconds at 100k articles whatever its
// result size. Instead a pool of candidates is scored: the newest matches, found by walking FTS5
// in rowid order (rowid order is publication order, see rows.ts), which stops once a
// list is full; plus the newest of the stronger matches (title holds every word, the query as a
// phrase, the words as typed when an abbreviation was expanded), so an old article naming
// "Lương Thế Khiêm" still beats new ones holding the three syllables apart. The pool is scored
// over the analysed title, sapo and extra text of the rank table with IDFs estimated from the
// sample (pool-score.ts); the other matches follow, newest first.
import type { InStatement, InValue } from '@libsql/client'

import type { NormalizedQuery } from '@/search/query/params'

import { filterSql, freshness, type RankRow, RECENCY_WEIGHT, type Sql, TOP_BONUS } from './exact'
import type { MatchPlan } from './match'
import { type Feature, RANK_FIELDS, type RankText, score } from './pool-score'
import { concatSql, HIT_COLUMNS, hitRow, splitRows } from './results'
import type { TableSet } from './schema'

/** Newest matches that are pooled whatever else the query asks. */
export const NEWEST_SIZE = 100
/** Newest rows of each stronger form of the query added to the pool. */
export const STRONG_SIZE = 50

/** One candidate list: an FTS table, a MATCH expression and how many of its newest rows. */
export interface Candidates {
  fts: string
  match: string
  size: number
}

/** The lists to pool. The first is every match; `phraseAt` marks the whole-query phrase. */
export interface PoolPlan {
  all: Candidates
  strong: Candidates[]
  phraseAt: number
  /** Lists of exact title or name matches (MatchPlan.top), ranked ahead of the rest. */
  topAt?: number[]
}

export interface Pool {
  rids: number[]
  /** The newest matches (list `all`). */
  newest: number[]
  /** Pooled rids known to hold the query as a phrase somewhere, the body included. */
  phrased: ReadonlySet<number>
  /** Pooled rids that are exact title or name matches. */
  top: ReadonlySet<number>
}

/** Joins attrs only when filtering: without filters the FTS scan alone stops at the limit. */
function candidateRows(
  t: TableSet,
  c: Pick<Candidates, 'fts' | 'match'>,
  p: NormalizedQuery,
  below?: number,
  except: number[] = [],
): Sql {
  const f = filterSql(p)
  const join = f.args.length > 0 ? `CROSS JOIN ${t.attrs} a ON a.rid = m.rowid` : ''
  const where = [`${c.fts} MATCH ?`]
  const args: InValue[] = [c.match]
  if (below !== undefined) {
    where.push('m.rowid < ?')
    // BigInt binds as INTEGER; a JS number binds as REAL and FTS5 then ignores the bound.
    args.push(BigInt(below))
  }
  if (except.length > 0) {
    where.push(`m.rowid NOT IN (${except.map(() => '?').join(', ')})`)
    args.push(...except.map((rid) => BigInt(rid)))
  }
  if (f.sql) where.push(f.sql.replace(/^WHERE /, ''))
  return {
    sql: `SELECT m.rowid AS rid FROM ${c.fts} m ${join}
      WHERE ${where.join(' AND ')} ORDER BY m.rowid DESC`,
    args: [...args, ...f.args],
  }
}

/**
 * Every list's newest rids, each as one comma-separated value (rows cost ~2 µs each to hand
 * over). `known` skips the first list when the caller already holds every match.
 */
export function poolStatement(
  tables: TableSet,
  plan: PoolPlan,
  query: NormalizedQuery,
  known = false,
): InStatement {
  const lists = [known ? null : plan.all, ...plan.strong].map((c) => {
    if (!c) return { sql: 'NULL', args: [] }
    const rows = candidateRows(tables, c, query)
    return { sql: `(SELECT group_concat(rid) FROM (${rows.sql} LIMIT ${c.size}))`, args: rows.args }
  })
  return {
    sql: `SELECT ${lists.map((l, i) => `${l.sql} AS l${i}`).join(', ')}`,
    args: lists.flatMap((l) => l.args),
  }
}

/** Reads poolStatement's row; `all`, when given, holds every match, newest first. */
export function toPool(
  row: Record<string, unknown> | undefined,
  plan: PoolPlan,
  all?: number[],
): Pool {
  const list = (i: number): number[] => {
    const v = row?.[`l${i}`]
    return typeof v === 'string' && v ? v.split(',').map(Number) : []
  }
  const newest = all ? all.slice(0, NEWEST_SIZE) : list(0)
  const strong = plan.strong.map((_, i) => list(i + 1))
  return {
    rids: [...new Set([...newest, ...strong.flat()])],
    newest,
    phrased: new Set(strong[plan.phraseAt] ?? []),
    top: new Set((plan.topAt ?? []).flatMap((i) => strong[i] ?? [])),
  }
}

/** The pool's rank text and attributes as one value. */
export function poolRowsStatement(tables: TableSet, rids: number[]): InStatement {
  return {
    sql: `SELECT ${concatSql([...HIT_COLUMNS, ...RANK_FIELDS.map((f) => `r.${f}`)])} AS rows
      FROM ${tables.rank} r CROSS JOIN ${tables.attrs} a ON a.rid = r.rid
      WHERE r.rid IN (${rids.map(() => '?').join(', ')})`,
    args: rids,
  }
}

/** Recency and exact title or name matches, as the exact path ranks them (exact.ts). */
export interface PoolOrder {
  now: number
  top: ReadonlySet<number>
}

/** One page of a pool, best first (ties newest first), from poolRowsStatement's value. */
export function rankPool(
  rows: string,
  features: Feature[],
  bonus: (rid: number) => number,
  limit: number,
  offset: number,
  order?: PoolOrder,
): RankRow[] {
  const scored = splitRows(rows).map((fields) => {
    const texts = fields.slice(HIT_COLUMNS.length)
    const text = Object.fromEntries(RANK_FIELDS.map((f, i) => [f, texts[i] ?? ''])) as RankText
    const rid = Number(fields[0])
    let s = score(text, features) + bonus(rid)
    if (order) {
      s *= 1 + RECENCY_WEIGHT * freshness(Number(fields[1]), order.now)
      if (order.top.has(rid)) s += TOP_BONUS
    }
    return hitRow(fields, s)
  })
  scored.sort((a, b) => b.score - a.score || b.published_at - a.published_at || b.rid - a.rid)
  return scored.slice(offset, offset + limit)
}

/** Every match's rid and facet attributes, unscored, as one value. */
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

/** Matches neither among the newest nor pooled, newest first: the pages after the pool. */
export function remainderStatement(
  tables: TableSet,
  plan: PoolPlan,
  query: NormalizedQuery,
  pool: Pool,
  limit: number,
  offset: number,
): InStatement {
  const below = Math.min(...pool.newest)
  const pooledOlder = pool.rids.filter((rid) => rid < below)
  const rows = candidateRows(tables, plan.all, query, below, pooledOlder)
  return {
    sql: `SELECT 'hit' AS t, a.rid AS rid, 0 AS score, a.published_at AS published_at,
        a.kind AS kind, a.year AS year
      FROM (${rows.sql} LIMIT ? OFFSET ?) m CROSS JOIN ${tables.attrs} a ON a.rid = m.rid
      ORDER BY a.rid DESC`,
    args: [...rows.args, limit, offset],
  }
}
