/**
 * The last take-over of each document, kept in Payload's key-value store (a database table every
 * server process sees), so a save or form-state request that was already running when a colleague
 * took the document over does not hand the lock back to the person it was taken from.
 *
 * Why it is needed: Payload's save checks the lock and then drops every lock on the document
 * (checkDocumentLockStatus, two statements); a take-over landing between the two was dropped with
 * them, and the saver's lock came back at the end of the save
 * (src/collections/Articles/hooks/keep-lock-on-autosave.ts). The person who took over was then
 * told the document was taken from them.
 *
 * A save reads the mark before its lock check and again at its end, and yields when the document
 * was taken from its caller in between. Marks are compared by a random id, not by time: the saver
 * and the taker may run in different processes whose clocks differ, and a take-over's start time
 * says nothing about when its lock was written (it noted itself, then a save began, checked,
 * and dropped the lock written after). A take-over is noted twice: `pending` before it touches any
 * lock (a save ending meanwhile yields), and with a fresh id once its lock is written (a save that
 * read the pending or an older mark at its start sees the change).
 */
import { randomUUID } from 'node:crypto'

import type { Payload, Where } from 'payload'

import { LOCKS_SLUG } from '@/access/locked-documents'

import type { LockedTarget } from './release-again-after-close'

/** A take-over as the store keeps it: who took the document, from whom, when (ms). */
export interface TakeOverMark {
  by: string
  byCollection: string
  from: string
  at: number
  /** Changes with every note: what a save compares between its start and its end. */
  mark: string
  /** Noted before the take-over touched the locks, and not yet finished. */
  pending?: boolean
}

/**
 * A pending mark older than this is a take-over that failed half-way (its second note never
 * came): a request runs for seconds, and a lock lapses after 5 minutes.
 */
const PENDING_LIFETIME_MS = 300_000

const markKey = (target: LockedTarget) =>
  'global' in target
    ? `lock-taken:global:${target.global}`
    : `lock-taken:${target.collection}/${target.id}`

/** The locks on `target`, optionally only those of one holder. */
export function locksOnTarget(target: LockedTarget, holder?: string): Where {
  const clauses: Where[] =
    'global' in target
      ? [{ globalSlug: { equals: target.global } }]
      : [
          { 'document.relationTo': { equals: target.collection } },
          { 'document.value': { equals: target.id } },
        ]
  if (holder !== undefined) clauses.push({ 'user.value': { equals: holder } })
  return { and: clauses }
}

/** Writes a lock on `target` for `holder` (internal: access is the caller's business). */
export function createLock(
  payload: Payload,
  target: LockedTarget,
  holder: { collection: string; id: string | number },
) {
  return payload.create({
    collection: LOCKS_SLUG,
    data: {
      ...('global' in target
        ? { globalSlug: target.global }
        : { document: { relationTo: target.collection as 'articles', value: target.id } }),
      user: { relationTo: holder.collection as 'users', value: String(holder.id) },
    },
    depth: 0,
    overrideAccess: true,
  })
}

export async function noteTakeOver(
  payload: Payload,
  target: LockedTarget,
  takeOver: Omit<TakeOverMark, 'at' | 'mark'>,
) {
  const mark: TakeOverMark = { ...takeOver, at: Date.now(), mark: randomUUID() }
  await payload.kv.set(markKey(target), mark)
}

/**
 * The id of `target`'s take-over mark as a save starting now sees it (null: none), or undefined
 * when the store cannot be read (the save then behaves as before take-overs were noted).
 */
export async function takeOverSeen(
  payload: Payload,
  target: LockedTarget,
): Promise<string | null | undefined> {
  try {
    return (await payload.kv.get<TakeOverMark>(markKey(target)))?.mark ?? null
  } catch {
    return undefined
  }
}

/** Whether `mark` says the document was taken from `holder` after a save saw `seen` at its start. */
export function takenSince(
  mark: TakeOverMark | null,
  holder: string,
  seen: string | null,
  now: number,
): boolean {
  if (!mark || mark.from !== holder) return false
  if (mark.pending) return now - mark.at <= PENDING_LIFETIME_MS
  return mark.mark !== seen
}

/**
 * If `target` was taken from `holder` since their request saw the mark `seen` at its start, their
 * locks on it are removed, the taker's lock is put back when the document has none, and true is
 * returned: the request must not take the lock for `holder`. False otherwise, and when the store
 * cannot be read (the request then behaves as before take-overs were noted).
 */
export async function yieldToTakeOver(
  payload: Payload,
  target: LockedTarget,
  holder: string,
  seen: string | null,
): Promise<boolean> {
  let mark: TakeOverMark | null
  try {
    mark = await payload.kv.get<TakeOverMark>(markKey(target))
  } catch {
    return false
  }
  if (!mark || !takenSince(mark, holder, seen, Date.now())) return false
  await payload.delete({
    collection: LOCKS_SLUG,
    where: locksOnTarget(target, holder),
    depth: 0,
    overrideAccess: true,
  })
  const { totalDocs } = await payload.count({
    collection: LOCKS_SLUG,
    where: locksOnTarget(target),
    overrideAccess: true,
  })
  if (totalDocs === 0)
    await createLock(payload, target, { collection: mark.byCollection, id: mark.by })
  return true
}
