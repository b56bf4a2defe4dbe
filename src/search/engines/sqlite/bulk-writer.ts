// How a rebuild writes its NEXT tables. @libsql/client prepares every statement of a batch
// again (SQL parsed and compiled each time, about six statements per article) and, in the
// driver version Payload pins, its per-statement path leaks native memory (BENCHMARKS.md,
// "10^6"). A rebuild writes the same few statements a million times, so on a database file it
// opens its own connection through the driver's synchronous API and keeps each statement
// prepared. That connection lives in a worker thread of its own (writer-worker.ts) when one can
// start, so the main thread reads and prepares the next pages while SQLite writes (FTS5's
// tokenizing and b-tree work, about half of a rebuild's CPU, BENCHMARKS.md). An in-memory
// database cannot be opened twice, so there the client writes as before.
import { Worker } from 'node:worker_threads'

import type { Client, InStatement, InValue } from '@libsql/client'
import Database from 'libsql'

import { workerSource } from './worker-source'

export interface BulkWriter {
  /**
   * Runs the statements in one write transaction: all or none. Writes run in the order they were
   * asked for; the caller may ask for the next before one has settled.
   */
  write(statements: InStatement[]): Promise<void>
  /** Idempotent; waits for the writes asked for before it. */
  close(): Promise<void>
}

/** The file behind a `file:` URL, or null for an in-memory database. */
export function databaseFile(url: string): string | null {
  const match = /^file:([^?#]*)/.exec(url)
  if (!match) return null
  let file = decodeURIComponent(match[1] ?? '')
  // file:///abs/path and file://localhost/abs/path carry an (empty) authority.
  if (file.startsWith('//')) file = file.replace(/^\/\/(localhost)?/, '')
  return file === '' || file.includes(':memory:') ? null : file
}

type Bound = string | number | bigint | Buffer | null

/** The values the client would bind for these arguments (its valueToSql). */
function bound(value: InValue): Bound {
  if (typeof value === 'boolean') return value ? 1n : 0n
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.length)
  if (value instanceof Date) return value.valueOf()
  return value ?? null
}

/** Named arguments without their prefix, as the client passes them. */
function named(args: Record<string, InValue>): Record<string, Bound> {
  const out: Record<string, Bound> = {}
  for (const [name, value] of Object.entries(args)) out[name.replace(/^[@$:]/, '')] = bound(value)
  return out
}

/** The synchronous writer, used in the writer thread or, where none starts, on this one. */
export class PreparedWriter {
  private readonly db: Database.Database
  private readonly prepared = new Map<string, Database.Statement>()

  constructor(file: string) {
    this.db = new Database(file)
    this.db.exec('PRAGMA busy_timeout = 5000')
    this.db.exec('PRAGMA synchronous = NORMAL')
    // The FTS segments being merged stay in the page cache rather than being read back.
    this.db.exec('PRAGMA cache_size = -131072')
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.prepared.get(sql)
    if (!stmt) {
      stmt = this.db.prepare(sql)
      this.prepared.set(sql, stmt)
    }
    return stmt
  }

  write(statements: InStatement[]): void {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      for (const s of statements) {
        if (typeof s === 'string') this.statement(s).run()
        else if (Array.isArray(s.args)) this.statement(s.sql).run(s.args.map(bound))
        else this.statement(s.sql).run(named(s.args ?? {}))
      }
      this.db.exec('COMMIT')
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK')
      throw err
    }
  }

  /** Idempotent: a failed swap closes it a second time. */
  close(): void {
    this.prepared.clear()
    if (this.db.open) this.db.close()
  }
}

type Reply = { seq: number } | { seq: number; error: string }

/**
 * Sends each write to the writer thread, which runs them in order. If the thread cannot start
 * (its module cannot be loaded: inside a bundle), the writes run on this thread instead; if it
 * dies after writing, the pending writes fail (a half-written NEXT set is dropped by the
 * rebuild).
 */
class ThreadedWriter implements BulkWriter {
  private readonly worker: Worker
  private seq = 0
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>()
  private readonly ready: Promise<boolean>
  private local: PreparedWriter | null = null
  private closed: Promise<void> | null = null
  /** Set once a started thread has died: later writes fail at once instead of waiting forever. */
  private dead: Error | null = null

  constructor(
    source: string,
    private readonly file: string,
  ) {
    this.worker = new Worker(source, { eval: true, workerData: { file } })
    this.worker.unref()
    let started = false
    this.ready = new Promise<boolean>((resolve) => {
      this.worker.on('message', (reply: Reply | 'ready') => {
        if (reply === 'ready') {
          started = true
          resolve(true)
        } else this.settle(reply)
      })
      const fail = (err: Error) => {
        resolve(false)
        if (!started) return
        this.dead ??= err
        for (const [seq, waiting] of this.pending) {
          this.pending.delete(seq)
          waiting.reject(err)
        }
      }
      this.worker.on('error', fail)
      this.worker.on('exit', () => fail(new Error('Search index writer thread exited')))
    })
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.seq)
    if (!waiting) return
    this.pending.delete(reply.seq)
    if ('error' in reply) waiting.reject(new Error(reply.error))
    else waiting.resolve()
  }

  async write(statements: InStatement[]): Promise<void> {
    if (this.closed) throw new Error('Search index writer is closed')
    if (this.dead) throw this.dead
    const seq = ++this.seq
    const done = new Promise<void>((resolve, reject) => this.pending.set(seq, { resolve, reject }))
    // Posted at once, so the thread's order is the order of the calls.
    this.worker.postMessage({ seq, statements })
    if (await this.ready) return done
    // The thread never started, so it wrote nothing: write here, in the same order.
    this.pending.delete(seq)
    this.local ??= new PreparedWriter(this.file)
    this.local.write(statements)
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      if ((await this.ready) && !this.dead) {
        const seq = ++this.seq
        const done = new Promise<void>((resolve, reject) =>
          this.pending.set(seq, { resolve, reject }),
        )
        this.worker.postMessage({ seq, close: true })
        await done.catch(() => undefined)
      }
      this.local?.close()
      await this.worker.terminate()
    })()
    return this.closed
  }
}

export function openBulkWriter(url: string, client: Client): BulkWriter {
  const file = databaseFile(url)
  if (file) {
    const source = workerSource('writer-worker')
    if (source) return new ThreadedWriter(source, file)
    const local = new PreparedWriter(file)
    return {
      write: async (statements) => local.write(statements),
      close: async () => local.close(),
    }
  }
  return {
    write: async (statements) => {
      await client.batch(statements, 'write')
    },
    close: async () => undefined,
  }
}
