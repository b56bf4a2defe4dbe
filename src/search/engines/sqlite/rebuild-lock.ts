// Coordinates a rebuild with every other process sharing the index file (the web server's index
// jobs, a second `cms reindex`). A row in the meta table marks a running rebuild and names its
// owner; while it exists, every write also records the document in a change log, which the
// rebuild replays into its new tables before it swaps them in. The swap, and every write the
// rebuild makes, carries a guard that fails the whole transaction when the lock is no longer
// this rebuild's or (for the swap) when a change arrived after the last replay.
import type { InStatement } from '@libsql/client'

import type { SearchDocument } from '@/search/types'

import { META } from './schema'

export const CHANGES = 'search_changes'
const GUARD = 'search_guard'
const LOCK_KEY = 'rebuild'
/** A lock whose owner has not written for this long belongs to a crashed rebuild. */
export const STALE_LOCK_MS = 120_000

export function lockTableStatements(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${CHANGES} (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, doc TEXT
    )`,
    // Never holds a row: inserting 0 breaks the CHECK and rolls the surrounding batch back.
    `CREATE TABLE IF NOT EXISTS ${GUARD} (ok INTEGER NOT NULL CHECK (ok = 1))`,
  ]
}

const owned = `EXISTS (SELECT 1 FROM ${META} WHERE key = '${LOCK_KEY}'
  AND json_extract(value, '$.token') = ?)`

/**
 * Takes the lock when it is free or stale. On its own it may change nothing; followed by
 * `guard`, the batch it starts fails unless the lock is now `token`'s.
 */
export function acquireStatement(token: string, now: number): InStatement {
  return {
    sql: `INSERT INTO ${META} (key, value) VALUES ('${LOCK_KEY}', json_object('token', ?, 'beat', ?))
      ON CONFLICT(key) DO UPDATE SET value = excluded.value
      WHERE json_extract(${META}.value, '$.beat') < ?`,
    args: [token, now, now - STALE_LOCK_MS],
  }
}

/**
 * Fails the batch unless `token` holds the lock and, when `replayedTo` is given, no change was
 * logged after that sequence number.
 */
export function guardStatements(token: string, replayedTo?: number): InStatement[] {
  const pending =
    replayedTo === undefined ? '' : ` AND NOT EXISTS (SELECT 1 FROM ${CHANGES} WHERE seq > ?)`
  return [
    {
      sql: `INSERT INTO ${GUARD} (ok) SELECT ${owned}${pending}`,
      args: replayedTo === undefined ? [token] : [token, replayedTo],
    },
    `DELETE FROM ${GUARD}`,
  ]
}

export function isGuardFailure(err: unknown): boolean {
  return err instanceof Error && /CHECK constraint failed/i.test(err.message)
}

/** Keeps the lock fresh; only ever touches this rebuild's own lock. */
export function beatStatement(token: string, now: number): InStatement {
  return {
    sql: `UPDATE ${META} SET value = json_set(value, '$.beat', ?)
      WHERE key = '${LOCK_KEY}' AND json_extract(value, '$.token') = ?`,
    args: [now, token],
  }
}

/** Ends the rebuild: no lock, and a change log that nobody will replay is emptied. */
export function releaseStatements(token: string): InStatement[] {
  return [
    {
      sql: `DELETE FROM ${META} WHERE key = '${LOCK_KEY}' AND json_extract(value, '$.token') = ?`,
      args: [token],
    },
    `DELETE FROM ${CHANGES} WHERE NOT EXISTS (SELECT 1 FROM ${META} WHERE key = '${LOCK_KEY}')`,
  ]
}

/**
 * Written in the same transaction as a live write: records the new state of one document for
 * a rebuild running anywhere (null = removed). Does nothing when no rebuild runs.
 */
export function logChangeStatement(id: string, doc: SearchDocument | null): InStatement {
  return {
    sql: `INSERT INTO ${CHANGES} (id, doc)
      SELECT ?, ? WHERE EXISTS (SELECT 1 FROM ${META} WHERE key = '${LOCK_KEY}')`,
    args: [id, doc ? JSON.stringify(doc) : null],
  }
}

export const clearChangesStatement = `DELETE FROM ${CHANGES}`

export function changesAfterStatement(seq: number, limit: number): InStatement {
  return {
    sql: `SELECT seq, id, doc FROM ${CHANGES} WHERE seq > ? ORDER BY seq LIMIT ${limit}`,
    args: [seq],
  }
}
