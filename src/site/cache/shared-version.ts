import type { Payload, PayloadRequest } from 'payload'

import { applyTarget } from './apply-target'
import { EVERYTHING, mergeTargets, type PageTarget, parseTarget } from './targets'

/*
 * Caches are per process; this carries changes between processes through the database. Writers
 * add a row to `content-changes` from the change's afterChange hook, holding what the change
 * makes stale (targets.ts). On MongoDB (replica set) the row commits in the change's own
 * transaction, so it becomes visible exactly when the change does; on SQLite Payload runs without
 * transactions (db-sqlite's default), so the change is already written when the row is, and the
 * row follows it at once. Either way, a page rendered from the old content before the row is seen
 * is dropped when it is. Each server polls once a second and applies every row it has not applied
 * yet. Works the same on SQLite and MongoDB (Local API).
 *
 * Rows may become visible out of `createdAt` order (on MongoDB a transaction that started first
 * can commit last), so a poll reads every row of the last LOOKBACK_MS before the newest one seen
 * and remembers which ids it applied, instead of reading only rows newer than the last. A row's
 * `createdAt` is taken inside its transaction, so it is late by at most the transaction's
 * length, and MongoDB aborts transactions after 60 s. Should a row still arrive older than the
 * window, the row count grows by more than the rows found, and everything is cleared; so is it
 * when a window holds more than WINDOW_LIMIT rows (a bulk import), as every change did before
 * targets existed. (A prune by another process in the same second could hide such a late row
 * from the count: rows are pruned only when ten minutes old, far outside any transaction.)
 */
const COLLECTION = 'content-changes'
const POLL_MS = 1000
const LOOKBACK_MS = 2 * 60_000
const WINDOW_LIMIT = 500
/** Rows older than this are only history; one is always kept as the current marker. */
const KEEP_MS = 10 * 60_000
const PRUNE_EVERY_MS = 10 * 60_000

/** Records a public change for the other processes; never fails the save that caused it. */
export async function recordContentChange(
  req: PayloadRequest,
  target: PageTarget = EVERYTHING,
): Promise<void> {
  try {
    await req.payload.create({
      collection: COLLECTION,
      data: { target: target as Record<string, unknown> },
      req,
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      'Could not record a content change for other processes',
    )
  }
}

interface Row {
  id: string
  createdAt: string
  target?: unknown
}

/** Polls for changes made by other processes; returns a function that stops polling. */
export function followContentChanges(payload: Payload, everyMs = POLL_MS): () => void {
  /** Ids applied (or present at start-up), with their creation time, within the window. */
  const applied = new Map<string, number>()
  let newest = 0
  let total: number | undefined
  let busy = false
  let prunedAt = Date.now()

  const poll = async () => {
    if (busy) return
    busy = true
    try {
      const since = new Date(Math.max(0, newest - LOOKBACK_MS)).toISOString()
      const { docs } = await payload.find({
        collection: COLLECTION,
        where: { createdAt: { greater_than_equal: since } },
        sort: '-createdAt',
        limit: WINDOW_LIMIT,
        depth: 0,
        overrideAccess: true,
      })
      const count = (await payload.count({ collection: COLLECTION, overrideAccess: true }))
        .totalDocs
      const rows = docs as Row[]
      const fresh = rows.filter((row) => !applied.has(row.id))
      if (total !== undefined) {
        const unseen = count - total > fresh.length || rows.length >= WINDOW_LIMIT
        const target = unseen ? EVERYTHING : mergeTargets(fresh.map((r) => parseTarget(r.target)))
        if (target) applyTarget(target)
      }
      // The first poll only marks what is there: this process started with empty caches.
      total = count
      for (const row of fresh) applied.set(row.id, Date.parse(row.createdAt))
      newest = Math.max(newest, ...rows.map((row) => Date.parse(row.createdAt) || 0))
      for (const [id, at] of applied) if (at < newest - LOOKBACK_MS) applied.delete(id)
      const marker = rows[0]
      if (marker && Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now()
        await prune(payload, marker.id)
      }
    } catch (error) {
      payload.logger.warn({ err: error }, 'Could not read the shared content changes')
    } finally {
      busy = false
    }
  }
  void poll()
  const timer = setInterval(() => void poll(), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}

async function prune(payload: Payload, keepId: string): Promise<void> {
  await payload.delete({
    collection: COLLECTION,
    where: {
      and: [
        { createdAt: { less_than: new Date(Date.now() - KEEP_MS).toISOString() } },
        { id: { not_equals: keepId } },
      ],
    },
    overrideAccess: true,
  })
}
