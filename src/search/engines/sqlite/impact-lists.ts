// The data the impact path (impact.ts) reads: per-word lists (built on demand into the tables of
// impact-tables.ts), FTS5's own row count and average row length, and exact document counts of
// the query's phrases (cached until the index changes), so every number is the one bm25 uses.
import type { Client, InStatement } from '@libsql/client'

import { MAIN_COLUMNS, quoteFts } from './columns'
import { driftedFloor, ftsIdf, type WordFloor } from './impact-bound'
import { numberColumn, textColumn } from './results'
import { BM25_WEIGHTS, type TableSet } from './schema'

/** FTS5's averages record: row count and token total (all columns), as bm25 reads them. */
export interface Averages {
  rows: number
  avgdl: number
}

/** SQLite varints as FTS5 writes them (big-endian groups of 7 bits, a 9th byte of 8). */
export function decodeAverages(block: Uint8Array): Averages {
  const values: number[] = []
  let i = 0
  while (i < block.length) {
    let v = 0
    let n = 0
    for (;;) {
      const byte = block[i++] ?? 0
      n++
      if (n === 9) {
        v = v * 256 + byte
        break
      }
      v = v * 128 + (byte & 0x7f)
      if ((byte & 0x80) === 0) break
    }
    values.push(v)
  }
  const [rows = 0, ...columns] = values
  const tokens = columns.reduce((s, x) => s + x, 0)
  return { rows, avgdl: rows > 0 ? tokens / rows : 1 }
}

function asBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  return null
}

export async function readAverages(client: Client, t: TableSet): Promise<Averages | null> {
  const res = await client.execute(`SELECT block FROM ${t.fts}_data WHERE id = 1`)
  const bytes = asBytes(res.rows[0]?.['block'])
  return bytes ? decodeAverages(bytes) : null
}

/**
 * A phrase in at most this many rows is enumerated: its rows join the impact path's candidates,
 * so it adds nothing to the bound on the rows outside them (impact.ts).
 */
export const ENUMERATE_LIMIT = 2000
/** Rowids kept by the cache at most (about 8 bytes each), whatever the number of phrases. */
const CACHED_RIDS = 1_000_000

/** What the impact path knows of one phrase (a MATCH expression of its own). */
export interface PhraseStat {
  /** Rows holding the phrase: its document count, FTS5's `nHit` for the IDF. */
  count: number
  /** Every such row, when there are at most ENUMERATE_LIMIT of them; otherwise null. */
  rids: number[] | null
}

/**
 * Exact document counts of phrases (MATCH expressions), with the rows of the rarer ones, valid
 * for one index version. One statement per query: a phrase is read up to ENUMERATE_LIMIT + 1
 * rows (which for a rare phrase is its whole doclist walk, the walk a count would make anyway);
 * only the phrases with more rows are then counted.
 */
export class PhraseCounts {
  private version = ''
  private readonly stats = new Map<string, PhraseStat>()
  private rids = 0
  private readonly limit: number

  /** `limit`: ENUMERATE_LIMIT; tests lower it to reach phrases of both kinds on a small index. */
  constructor(limit = ENUMERATE_LIMIT) {
    this.limit = limit
  }

  async get(client: Client, t: TableSet, version: string, texts: string[]): Promise<number[]> {
    return (await this.stat(client, t, version, texts)).map((s) => s.count)
  }

  async stat(client: Client, t: TableSet, version: string, texts: string[]): Promise<PhraseStat[]> {
    if (version !== this.version || this.stats.size > 20_000 || this.rids > CACHED_RIDS) {
      this.stats.clear()
      this.rids = 0
      this.version = version
    }
    const missing = [...new Set(texts.filter((x) => !this.stats.has(x)))]
    if (missing.length > 0) {
      const head = await client.execute({
        sql: `SELECT ${missing
          .map(
            (_, i) => `(SELECT group_concat(rowid) FROM (SELECT rowid FROM ${t.fts}
              WHERE ${t.fts} MATCH ? LIMIT ${this.limit + 1})) AS r${i}`,
          )
          .join(', ')}`,
        args: missing,
      })
      const row = head.rows[0]
      const big: string[] = []
      missing.forEach((x, i) => {
        const text = row ? textColumn(row, `r${i}`) : ''
        const rids = text === '' ? [] : text.split(',').map(Number)
        if (rids.length > this.limit) big.push(x)
        else {
          this.stats.set(x, { count: rids.length, rids })
          this.rids += rids.length
        }
      })
      if (big.length > 0) {
        const res = await client.execute({
          sql: `SELECT ${big
            .map((_, i) => `(SELECT count(*) FROM ${t.fts} WHERE ${t.fts} MATCH ?) AS c${i}`)
            .join(', ')}`,
          args: big,
        })
        const counted = res.rows[0]
        big.forEach((x, i) =>
          this.stats.set(x, { count: counted ? numberColumn(counted, `c${i}`) : 0, rids: null }),
        )
      }
    }
    return texts.map((x) => this.stats.get(x) ?? { count: 0, rids: [] })
  }
}

const W = BM25_WEIGHTS.join(', ')
/** Words listed at the end of a rebuild: the most frequent, if in at least this many rows. */
const WARM_WORDS = 500
const WARM_MIN_DOCS = 2000
/** The first list depth of the impact path (impact.ts DEPTHS). */
export const DEPTHS_FIRST = 256
/**
 * How deep the rebuild lists the common words: the impact path's deepest depth (impact.ts
 * DEPTHS), so no query walks a common word's doclist again to deepen its list. The same walk
 * as a shallower list (bm25 scores every row holding the word either way), plus 8× the rows
 * kept: 25 CPU-s and 38 MB at 10^5 articles, against 17 CPU-s and 5 MB 256 deep.
 */
export const WARM_DEPTH = 2048
const folded = (word: string): string => `${MAIN_COLUMNS.folded} : ${quoteFts(word)}`

/** Builds (or deepens) the list of each word, in one transaction with its statistics. */
async function build(
  client: Client,
  t: TableSet,
  words: string[],
  depth: number,
  wrap: (statements: InStatement[]) => InStatement[] = (x) => x,
) {
  await client.batch(
    wrap(
      words.flatMap((w) => [
        { sql: `DELETE FROM ${t.termTop} WHERE term = ?`, args: [w] },
        {
          sql: `INSERT INTO ${t.termTop} (term, rid, s)
          SELECT ?, rowid, bm25(${t.fts}, ${W}) AS s FROM ${t.fts} WHERE ${t.fts} MATCH ?
          ORDER BY s LIMIT ?`,
          args: [w, folded(w), depth],
        },
        {
          sql: `INSERT OR REPLACE INTO ${t.termFloor} (term, depth, df, floor_s, averages)
          VALUES (?, ?, (SELECT count(*) FROM ${t.fts} WHERE ${t.fts} MATCH ?),
            (SELECT max(s) FROM ${t.termTop} WHERE term = ?),
            (SELECT block FROM ${t.fts}_data WHERE id = 1))`,
          args: [w, depth, folded(w), w],
        },
      ]),
    ),
    'write',
  )
}

/**
 * Lists of the most frequent folded words, WARM_DEPTH deep, built at the end of a rebuild (`wrap`
 * adds the rebuild lock's guard): a common word's list walks its whole doclist, which the first
 * reader asking for it (or for it deeper) would otherwise pay. Words of ASCII letters and digits only (folded forms).
 */
export async function warmLists(
  client: Client,
  t: TableSet,
  wrap: (statements: InStatement[]) => InStatement[],
  words = WARM_WORDS,
  minDocs = WARM_MIN_DOCS,
): Promise<number> {
  const vocab = 'temp.impact_warm_vocab'
  await client.execute(`DROP TABLE IF EXISTS ${vocab}`)
  await client.execute(`CREATE VIRTUAL TABLE ${vocab} USING fts5vocab(main, '${t.fts}', 'row')`)
  try {
    const res = await client.execute({
      sql: `SELECT term FROM ${vocab} WHERE doc >= ? AND term NOT GLOB '*[^a-z0-9]*'
        ORDER BY doc DESC LIMIT ?`,
      args: [minDocs, words],
    })
    const list = res.rows.map((r) => textColumn(r, 'term'))
    for (let i = 0; i < list.length; i += 20) {
      await build(client, t, list.slice(i, i + 20), WARM_DEPTH, wrap)
    }
    return list.length
  } finally {
    await client.execute(`DROP TABLE IF EXISTS ${vocab}`)
  }
}

export interface Lists {
  /** Every row any of the words' lists holds. */
  rids: number[]
  floors: Map<string, WordFloor>
  /**
   * The shallowest of the lists read: asking for lists no deeper than this again would return
   * the same lists (a list holding no more rows than asked for is read whole).
   */
  depth: number
}

/**
 * The words' lists read `depth` deep (built where missing or shallower), with floors as of `now`.
 * A list built deeper (the rebuild lists common words WARM_DEPTH deep) is read as its first
 * `depth` rows by score, plus every row written since it was built: each row outside that prefix
 * has a score no better than the next listed row's, or, past the list's end, than the list's
 * floor. So one deep list serves every depth without a second walk of the word's doclist.
 */
export async function wordLists(
  client: Client,
  t: TableSet,
  words: string[],
  depth: number,
  now: Averages,
): Promise<Lists> {
  const json = JSON.stringify(words)
  const known = await client.execute({
    sql: `SELECT term, depth FROM ${t.termFloor} WHERE term IN (SELECT value FROM json_each(?))`,
    args: [json],
  })
  const deep = new Set(
    known.rows.filter((r) => numberColumn(r, 'depth') >= depth).map((r) => textColumn(r, 'term')),
  )
  const missing = words.filter((w) => !deep.has(w))
  if (missing.length > 0) await build(client, t, missing, depth)
  const scored = `FROM ${t.termTop} p WHERE p.term = f.term AND p.s IS NOT NULL`
  const res = await client.execute({
    sql: `SELECT f.term AS term, f.df AS df, f.floor_s AS floor_s, f.averages AS averages,
        f.depth AS depth,
        (SELECT count(*) ${scored}) AS listed,
        (SELECT p.s ${scored} ORDER BY p.s LIMIT 1 OFFSET ?) AS next_s,
        (SELECT group_concat(rid) FROM (SELECT p.rid AS rid ${scored} ORDER BY p.s LIMIT ?))
          AS rids,
        (SELECT group_concat(rid) FROM ${t.termTop} p WHERE p.term = f.term AND p.s IS NULL)
          AS written
      FROM ${t.termFloor} f WHERE f.term IN (SELECT value FROM json_each(?))`,
    args: [depth, depth, json],
  })
  const rids = new Set<number>()
  const floors = new Map<string, WordFloor>()
  let reached = Infinity
  for (const row of res.rows) {
    const listed = numberColumn(row, 'listed')
    // Read whole when it holds no more rows than asked for: deeper asks read the same rows.
    const whole = listed <= depth
    reached = Math.min(reached, whole ? numberColumn(row, 'depth') : depth)
    for (const column of ['rids', 'written']) {
      for (const r of textColumn(row, column).split(',')) if (r) rids.add(Number(r))
    }
    const then = asBytes(row['averages'])
    const df = numberColumn(row, 'df')
    if (!then) continue
    const before = decodeAverages(then)
    // The best score outside what was read: the next listed row's, or past the list the floor.
    const floorS = whole ? numberColumn(row, 'floor_s') : numberColumn(row, 'next_s')
    // Every row holding the word was read: no other row has any g for it (later writes joined).
    const y = whole && df <= listed ? 0 : -floorS / ftsIdf(df, before.rows)
    floors.set(textColumn(row, 'term'), {
      floor: driftedFloor(y, before.avgdl, now.avgdl),
    })
  }
  return { rids: [...rids], floors, depth: reached }
}
