// How a rebuild writes its NEXT tables. @libsql/client prepares every statement of a batch
// again (SQL parsed and compiled each time, about six statements per article) and, in the
// driver version Payload pins, its per-statement path leaks native memory (BENCHMARKS.md,
// "10^6"). A rebuild writes the same few statements a million times, so on a database file it
// opens its own connection through the driver's synchronous API and keeps each statement
// prepared. An in-memory database cannot be opened twice, so there the client writes as before.
import type { Client, InStatement, InValue } from '@libsql/client'
import Database from 'libsql'

export interface BulkWriter {
  /** Runs the statements in one write transaction: all or none. */
  write(statements: InStatement[]): Promise<void>
  close(): void
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

class PreparedWriter implements BulkWriter {
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

  async write(statements: InStatement[]): Promise<void> {
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

export function openBulkWriter(url: string, client: Client): BulkWriter {
  const file = databaseFile(url)
  if (file) return new PreparedWriter(file)
  return {
    write: async (statements) => {
      await client.batch(statements, 'write')
    },
    close: () => undefined,
  }
}
