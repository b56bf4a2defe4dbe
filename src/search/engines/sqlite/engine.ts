// Embedded default engine: SQLite FTS5 through @libsql/client. One FTS row per article holds the
// analyzer's exact and folded token streams; matching runs on the folded columns, bm25 weights
// make exact-spelling and title hits rank first, and a plain table serves filters and facets.
import { randomUUID } from 'node:crypto'

import { type Client, createClient, type InStatement } from '@libsql/client'

import {
  type CoreResult,
  emptyFacets,
  type SearchBackend,
  searchWithFallbacks,
} from '@/search/query/flow'
import type { NormalizedQuery } from '@/search/query/params'
import type {
  IndexedEntry,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from '@/search/types'
import type { AnalyzedQuery, SearchSettings } from '@/search/vietnamese/types'

import { type BulkWriter, databaseFile, openBulkWriter } from './bulk-writer'
import type { ImpactContext } from './impact'
import { PhraseCounts, warmLists } from './impact-lists'
import { impactRemoveStatements, impactUpsertStatements } from './impact-tables'
import { buildMatchExpression, MAIN_COLUMNS, quoteFts } from './match'
import { SEARCH_CACHE_MIB, SEARCH_MMAP_MIB } from './memory-limits'
import { pendingMigration } from './migrate'
import { BM25_BUDGET, computeResult, type RankingContext } from './plan'
import { queryWords } from './query-words'
import {
  acquireStatement,
  beatStatement,
  changesAfterStatement,
  clearChangesStatement,
  guardStatements,
  isGuardFailure,
  lockTableStatements,
  logChangeStatement,
  releaseStatements,
} from './rebuild-lock'
import { ResultCache } from './result-cache'
import { numberColumn, textColumn } from './results'
import { RowBuilder } from './row-builder'
import { deleteStatements, insertStatements, upsertStatements } from './rows'
import {
  createStatements,
  dropStatements,
  indexStatements,
  LIVE,
  META,
  NEXT,
  sharedStatements,
  swapStatements,
} from './schema'
import { SearchThread } from './search-thread'
import { TermStats } from './term-stats'
import { VocabularyCache } from './vocabulary'

/** Documents per write transaction: amortises commits without stalling readers for long. */
const WRITE_CHUNK = 250
/** Readers never see the NEXT tables, so a rebuild can commit in larger steps. */
const REBUILD_CHUNK = 1000
/** Pages a rebuild reads ahead of its writer thread (each held in memory until written). */
const WRITES_AHEAD = 2
/**
 * Analysis threads of a rebuild. Since index-text.ts, analysing an article costs well under
 * what writing it does, so one worker keeps up with the writer; a second only added its start-up
 * and its share of the cores (BENCHMARKS.md: 1,900 against 1,750–1,790 per CPU-second).
 */
const REBUILD_WORKERS = 1
const SETTINGS_KEY = 'settings'
/** How often a rebuild waiting for another one checks the lock. */
const LOCK_POLL_MS = 1000
/** Logged changes replayed per transaction, and replay rounds before the swap gives up. */
const REPLAY_CHUNK = 200
const SWAP_ATTEMPTS = 50
/**
 * FTS5 settings while a rebuild fills the main table: a 32 MiB pending-token buffer and lazier
 * merging write fewer, larger segments (about 5 % faster at 100k articles); the closing
 * 'optimize' merges them anyway. Live tables go back to FTS5's defaults.
 */
const BULK_FTS = { hashsize: 33_554_432, automerge: 16 }
const LIVE_FTS = { hashsize: 1_048_576, automerge: 4 }

function ftsConfig(table: string, config: Record<string, number>): InStatement[] {
  // Integers as literals: a bound JS number arrives as REAL, which FTS5 rejects here.
  return Object.entries(config).map(([key, value]) => ({
    sql: `INSERT INTO ${table}(${table}, rank) VALUES (?, ${Math.trunc(value)})`,
    args: [key],
  }))
}

export interface SqliteFtsOptions {
  /** Defaults to true; benchmarks turn it off so every measured query does the full work. */
  resultCache?: boolean
  /** Postings a bm25 query may cost before the impact path takes over (see plan.ts). */
  bm25Budget?: number
  /** Worker threads a rebuild analyses articles in (row-builder.ts); 0 analyses inline. */
  rebuildWorkers?: number
  /** List depths of the impact path (impact.ts DEPTHS); tests force shallow ones. */
  impactDepths?: readonly number[]
  /** Newest rows the impact path makes candidates (impact.ts RECENT_ROWS); 0 turns it off. */
  impactRecentRows?: number
  /** Largest share of the index a near miss scores as newer rows (impact.ts RANGE_SHARE); 0: off. */
  impactRangeShare?: number
  /** Reports each query's path and the impact path's proofs (benchmarks). */
  trace?: ImpactContext['trace']
  /** SQLite page cache of the engine's connection, MiB (SEARCH_CACHE_MB; memory-limits.ts). */
  cacheMiB?: number
  /** Bytes of the index file read through a memory map, MiB (SEARCH_MMAP_MB). */
  mmapMiB?: number
  /**
   * Searches run in a worker thread with a connection of their own (search-thread.ts), so a
   * costly query does not hold the process's other requests; file indexes only. The server
   * turns it on (SEARCH_THREAD); one-shot commands and tests search on this thread.
   */
  searchThread?: boolean
  /**
   * The tables exist and are migrated: the search thread's engine (search-worker.ts) opens after
   * the main one set them up, so it takes no write lock to create them. Another connection's
   * long write (a rebuild's merge, an import) holds that lock for seconds, and a search reads
   * through it in WAL; the thread's first search would wait for it, then fail (SQLITE_BUSY).
   */
  schemaReady?: boolean
}

export class SqliteFtsEngine implements SearchEngine {
  readonly name = 'sqlite-fts'
  private readonly client: Client
  private readonly url: string
  private readonly rebuildWorkers: number
  private readonly memory: { cacheMiB: number; mmapMiB: number }
  private settings: Partial<SearchSettings> = {}
  private readonly vocabulary = new VocabularyCache()
  private readonly ranking: RankingContext
  private ready: Promise<void> | null = null
  private readonly cache: ResultCache<CoreResult> | null
  /** Local commits, which PRAGMA data_version does not count. */
  private writes = 0
  /**
   * Rebuilds this engine swapped in. Each search tells the thread the count, which drops its own
   * word caches when it moves, as this engine does at the swap: data_version alone leaves them.
   */
  private rebuilds = 0
  private readonly thread: SearchThread | null
  private readonly schemaReady: boolean

  constructor(url = 'file:data/search.db', options: SqliteFtsOptions = {}) {
    this.url = url
    this.rebuildWorkers = options.rebuildWorkers ?? REBUILD_WORKERS
    this.memory = {
      cacheMiB: options.cacheMiB ?? SEARCH_CACHE_MIB,
      mmapMiB: options.mmapMiB ?? SEARCH_MMAP_MIB,
    }
    this.client = createClient({ url })
    this.cache = options.resultCache === false ? null : new ResultCache<CoreResult>()
    this.schemaReady = options.schemaReady ?? false
    this.thread =
      options.searchThread && databaseFile(url)
        ? new SearchThread({
            url,
            ...(options.bm25Budget === undefined ? {} : { bm25Budget: options.bm25Budget }),
            cacheMiB: this.memory.cacheMiB,
            mmapMiB: this.memory.mmapMiB,
          })
        : null
    this.ranking = {
      stats: new TermStats(),
      bm25Budget: options.bm25Budget ?? BM25_BUDGET,
      impact: {
        counts: new PhraseCounts(),
        version: () => this.version(),
        ...(options.impactDepths ? { depths: options.impactDepths } : {}),
        ...(options.trace ? { trace: options.trace } : {}),
        ...(options.impactRecentRows !== undefined ? { recentRows: options.impactRecentRows } : {}),
        ...(options.impactRangeShare !== undefined ? { rangeShare: options.impactRangeShare } : {}),
      },
    }
  }

  init(): Promise<void> {
    this.ready ??= this.setup().then(
      // After setup, so the thread opens an index that exists and is migrated.
      () => this.thread?.warm(),
      (err: unknown) => {
        this.ready = null
        throw err
      },
    )
    return this.ready
  }

  private async setup(): Promise<void> {
    // WAL lets the CMS process write while web workers read; harmless (ignored) for :memory:.
    await this.client.execute('PRAGMA journal_mode = WAL')
    await this.client.execute('PRAGMA synchronous = NORMAL')
    await this.client.execute('PRAGMA busy_timeout = 5000')
    // The FTS b-trees of a large archive are read at random on every query; a bigger page cache
    // and memory-mapped reads keep them off the read() path. Both count in the server's resident
    // memory, so both have a cap (memory-limits.ts). Sorters stay in memory.
    await this.client.execute(`PRAGMA cache_size = ${-Math.round(this.memory.cacheMiB * 1024)}`)
    await this.client.execute(`PRAGMA mmap_size = ${Math.round(this.memory.mmapMiB * 1024 * 1024)}`)
    await this.client.execute('PRAGMA temp_store = MEMORY')
    if (!this.schemaReady) await this.createTables()
    const saved = await this.client.execute({
      sql: `SELECT value FROM ${META} WHERE key = ?`,
      args: [SETTINGS_KEY],
    })
    const row = saved.rows[0]
    if (row) this.settings = parseSettings(textColumn(row, 'value'))
  }

  private async createTables(): Promise<void> {
    const migrate = await pendingMigration(this.client, LIVE)
    await this.client.batch(
      [
        ...createStatements(LIVE),
        ...indexStatements(LIVE),
        // Leftover NEXT tables from a crashed rebuild are dropped by the next rebuild, not
        // here: another process sharing the file may be rebuilding right now.
        ...sharedStatements(),
        ...lockTableStatements(),
      ],
      'write',
    )
    await migrate?.()
  }

  /** Live writes; while a rebuild runs anywhere, the change is also logged for its replay. */
  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.init()
    await this.write(docs, WRITE_CHUNK, (chunk) =>
      chunk.flatMap((doc) => [
        ...upsertStatements(LIVE, doc),
        ...impactUpsertStatements(LIVE, doc),
        logChangeStatement(doc.id, doc),
      ]),
    )
  }

  /**
   * The NEXT tables start empty, so only ids written before need the delete of an upsert;
   * `built` are the insert statements the row builder made for each document.
   */
  private nextStatements(
    written: Set<string>,
    docs: SearchDocument[],
    built: InStatement[][],
  ): InStatement[] {
    return docs.flatMap((doc, i) => {
      const known = written.has(doc.id)
      written.add(doc.id)
      return known ? upsertStatements(NEXT, doc) : (built[i] ?? insertStatements(NEXT, doc))
    })
  }

  async remove(ids: string[]): Promise<void> {
    await this.init()
    await this.write(ids, WRITE_CHUNK, (chunk) =>
      chunk.flatMap((id) => [
        ...impactRemoveStatements(LIVE, id),
        ...deleteStatements(LIVE, id),
        logChangeStatement(id, null),
      ]),
    )
  }

  private async write<T>(
    items: T[],
    size: number,
    toStatements: (chunk: T[]) => InStatement[],
  ): Promise<void> {
    for (let i = 0; i < items.length; i += size) {
      const statements = toStatements(items.slice(i, i + size))
      if (statements.length > 0) await this.client.batch(statements, 'write')
      this.writes++
    }
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    await this.init()
    // The index exists (init above) before the thread opens it; null: no thread can run here.
    const threaded = await this.thread?.search(q, this.settings, this.rebuilds)
    return threaded ?? this.searchWith(q, this.settings)
  }

  /** A search on this engine's own connection with the given settings (search-worker.ts). */
  async searchWith(q: SearchQuery, settings: Partial<SearchSettings>): Promise<SearchResult> {
    await this.init()
    const backend: SearchBackend = {
      run: (analyzed, query) => this.run(analyzed, query),
      vocabulary: () => this.vocabulary.get(this.client),
      documentFrequencies: (words) => this.documentFrequencies(words),
    }
    return searchWithFallbacks(backend, q, settings)
  }

  /**
   * Drops what a rebuild makes stale and the index version does not key: the suggestion
   * vocabulary (kept up to 10 minutes) and the document frequency estimates.
   */
  forgetIndexWords(): void {
    this.vocabulary.clear()
    this.ranking.stats.clear()
  }

  /**
   * Identifies the index state: data_version moves when another connection (another process)
   * commits, the local counter when this one does.
   */
  private async version(): Promise<string> {
    const res = await this.client.execute('PRAGMA data_version')
    const row = res.rows[0]
    return `${row ? numberColumn(row, 'data_version') : 0}:${this.writes}`
  }

  private async run(analyzed: AnalyzedQuery | null, query: NormalizedQuery): Promise<CoreResult> {
    const main = analyzed ? buildMatchExpression(analyzed) : null
    if (analyzed && !main) return { total: 0, hits: [], facets: emptyFacets() }
    const plans = analyzed && main ? { main, words: queryWords(analyzed) } : null
    if (!this.cache) return computeResult(this.client, LIVE, plans, query, this.ranking)
    const key = JSON.stringify([main?.expression, main?.highlightSequences, query])
    const version = await this.version()
    const cached = this.cache.get(key, version)
    // A copy, so a caller decorating its result cannot alter what later readers get.
    if (cached) return structuredClone(cached)
    const result = await computeResult(this.client, LIVE, plans, query, this.ranking)
    this.cache.set(key, version, result)
    return result
  }

  /** Exact counts, one doclist walk per word: only a query being relaxed asks (query/relax.ts). */
  private async documentFrequencies(words: string[]): Promise<ReadonlyMap<string, number>> {
    const out = new Map<string, number>()
    for (const w of new Set(words)) {
      if (!/[\p{L}\p{N}]/u.test(w)) continue
      const res = await this.client.execute({
        sql: `SELECT count(*) AS n FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ?`,
        args: [`${MAIN_COLUMNS.folded} : ${quoteFts(w)}`],
      })
      out.set(w, res.rows[0] ? numberColumn(res.rows[0], 'n') : 0)
    }
    return out
  }

  async count(): Promise<number> {
    await this.init()
    const res = await this.client.execute(`SELECT count(*) AS n FROM ${LIVE.docs}`)
    return res.rows[0] ? numberColumn(res.rows[0], 'n') : 0
  }

  /** By the docs table's unique id index; ids are ASCII (UUIDs), where BINARY order is JS order. */
  async listIndexed(after: string | null, limit: number): Promise<IndexedEntry[]> {
    await this.init()
    const res = await this.client.execute({
      sql: `SELECT id, updated_iso FROM ${LIVE.docs} WHERE id > ? ORDER BY id LIMIT ?`,
      args: [after ?? '', Math.max(1, Math.trunc(limit))],
    })
    return res.rows.map((row) => {
      const updated = textColumn(row, 'updated_iso')
      return { id: textColumn(row, 'id'), updatedAt: updated === '' ? null : updated }
    })
  }

  /** The connection's memory caps as SQLite applied them (page cache KiB, mapped bytes). */
  async memoryLimits(): Promise<{ cacheKiB: number; mmapBytes: number }> {
    await this.init()
    const cache = await this.client.execute('PRAGMA cache_size')
    const mmap = await this.client.execute('PRAGMA mmap_size')
    return {
      cacheKiB: -Number(cache.rows[0]?.[0] ?? 0),
      mmapBytes: Number(mmap.rows[0]?.[0] ?? 0),
    }
  }

  async health(): Promise<boolean> {
    try {
      await this.init()
      await this.client.execute(`SELECT rowid FROM ${LIVE.fts} LIMIT 1`)
      return true
    } catch {
      return false
    }
  }

  /**
   * Safe against other processes: waits for a rebuild running elsewhere, logs changes made by
   * anyone meanwhile and replays them before the swap (see rebuild-lock.ts).
   */
  async rebuild(
    source: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<number> {
    await this.init()
    const token = randomUUID()
    await this.acquire(token)
    const written = new Set<string>()
    // Every rebuild write proves the lock is still ours and keeps it fresh.
    const owned = (statements: InStatement[]): InStatement[] => [
      ...guardStatements(token),
      ...statements,
      beatStatement(token, Date.now()),
    ]
    let done = 0
    // Nobody reads the NEXT tables before the swap: a connection of its own writes them.
    let writer: BulkWriter | null = null
    const builder = new RowBuilder(this.rebuildWorkers)
    type Page = { docs: SearchDocument[]; rows: Promise<InStatement[][]> }
    // Writes asked of the writer (its own thread) and not yet settled, oldest first.
    const writing: Promise<void>[] = []
    const flush = async ({ docs, rows }: Page) => {
      const built = await rows
      for (let i = 0; i < docs.length; i += REBUILD_CHUNK) {
        const chunk = docs.slice(i, i + REBUILD_CHUNK)
        const write = writer?.write(owned(this.nextStatements(written, chunk, built.slice(i))))
        const counted = (write ?? Promise.resolve()).then(() => {
          done += chunk.length
          onProgress?.(done)
        })
        // Awaited below; this only keeps a failure meanwhile from being "unhandled".
        counted.catch(() => undefined)
        writing.push(counted)
        this.writes++
      }
      // Bounded memory: at most WRITES_AHEAD pages wait for the writer.
      while (writing.length > WRITES_AHEAD) await writing.shift()
    }
    try {
      writer = openBulkWriter(this.url, this.client)
      // Pages n … n + k - 1 are analysed (k workers) while page n - 1 is written and n + k read.
      const queued: Page[] = []
      for await (const docs of source) {
        const page: Page = { docs, rows: builder.build(docs) }
        // Handled when flushed; this only keeps a failure meanwhile from being "unhandled".
        page.rows.catch(() => undefined)
        queued.push(page)
        const next = queued.length > Math.max(1, builder.started) ? queued.shift() : undefined
        if (next) await flush(next)
      }
      for (const page of queued) await flush(page)
      for (const write of writing.splice(0)) await write
      await builder.close()
      // Merging the b-trees once now makes every later query cheaper.
      for (const table of [NEXT.fts, NEXT.lead, NEXT.sapo]) {
        await writer.write(owned([`INSERT INTO ${table}(${table}) VALUES ('optimize')`]))
      }
      await writer.write(owned(ftsConfig(NEXT.fts, LIVE_FTS)))
      await writer.close()
      await warmLists(this.client, NEXT, owned)
      await this.swap(token)
      this.writes++
      this.rebuilds++
      this.forgetIndexWords()
      return done
    } catch (err) {
      await writer?.close()
      await builder.close()
      // Only while the lock is still ours: a rebuild that took over a stale lock owns NEXT now.
      await this.client
        .batch(
          [...guardStatements(token), ...dropStatements(NEXT), ...releaseStatements(token)],
          'write',
        )
        .catch(() => undefined)
      throw err
    }
  }

  /** Takes the rebuild lock, waiting while another live rebuild holds it; starts empty NEXT tables. */
  private async acquire(token: string): Promise<void> {
    for (;;) {
      try {
        await this.client.batch(
          [
            acquireStatement(token, Date.now()),
            ...guardStatements(token),
            // Leftovers of a crashed rebuild.
            clearChangesStatement,
            ...dropStatements(NEXT),
            ...createStatements(NEXT),
            ...ftsConfig(NEXT.fts, BULK_FTS),
          ],
          'write',
        )
        return
      } catch (err) {
        if (!isGuardFailure(err)) throw err
        await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS))
      }
    }
  }

  /**
   * Replays logged changes into NEXT, then swaps in one transaction that fails if another change
   * arrived after the replay; then replays again. The log holds each write's document, so the
   * last entry for an id is the state its newest index job saw.
   */
  private async swap(token: string): Promise<void> {
    let replayed = 0
    for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
      replayed = await this.replay(token, replayed)
      try {
        await this.client.batch(
          [...guardStatements(token, replayed), ...swapStatements(), ...releaseStatements(token)],
          'write',
        )
        return
      } catch (err) {
        if (!isGuardFailure(err)) throw err
      }
    }
    throw new Error('Search index rebuild could not catch up with concurrent changes')
  }

  private async replay(token: string, after: number): Promise<number> {
    let seq = after
    for (;;) {
      const res = await this.client.execute(changesAfterStatement(seq, REPLAY_CHUNK))
      if (res.rows.length === 0) return seq
      const statements: InStatement[] = []
      for (const row of res.rows) {
        seq = numberColumn(row, 'seq')
        const id = textColumn(row, 'id')
        const doc = row.doc === null ? null : (JSON.parse(textColumn(row, 'doc')) as SearchDocument)
        // The lists warmed before the swap must see the replayed rows as live writes do.
        statements.push(
          ...(doc
            ? [...upsertStatements(NEXT, doc), ...impactUpsertStatements(NEXT, doc)]
            : [...impactRemoveStatements(NEXT, id), ...deleteStatements(NEXT, id)]),
        )
      }
      await this.client.batch(
        [...guardStatements(token), ...statements, beatStatement(token, Date.now())],
        'write',
      )
    }
  }

  async setSettings(s: Partial<SearchSettings>): Promise<void> {
    await this.init()
    this.settings = { ...this.settings, ...s }
    this.writes++
    await this.client.execute({
      sql: `INSERT INTO ${META} (key, value) VALUES (?, ?)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      args: [SETTINGS_KEY, JSON.stringify(this.settings)],
    })
  }

  async close(): Promise<void> {
    await this.thread?.close()
    this.client.close()
  }
}

function parseSettings(json: string): Partial<SearchSettings> {
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === 'object' ? (value as Partial<SearchSettings>) : {}
  } catch {
    return {}
  }
}
