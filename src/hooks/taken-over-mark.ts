/**
 * The last take-over of each document, kept in Payload's key-value store (a database table every
 * server process sees), so a save or form-state request that was already running when a colleague
 * took the document over does not hand the lock back to the person it was taken from.
 *
 * Why it is needed: Payload's save checks the lock and then drops every lock on the document
 * (checkDocumentLockStatus, two statements); a take-over landing between the two was dropped with
 * them, and the saver's lock came back at the end of the save
 * (src/collections/Articles/hooks/keep-lock-on-autosave.ts). Payload's form state likewise looks
 * for a lock and then writes the caller's; a take-over between its two statements was outvoted by
 * the newer lock. Either way the person who took over was told the document was taken from them.
 * Each such request notes when it started; if the document was taken from its caller after that,
 * the caller's lock goes and the taker's is put back if the document has none.
 */
import type { Payload, Where } from 'payload'

import { LOCKS_SLUG } from '@/access/locked-documents'

import type { LockedTarget } from './release-again-after-close'

/** A take-over as the store keeps it: who took the document, from whom, when (ms). */
export interface TakeOverMark {
  by: string
  byCollection: string
  from: string
  at: number
}

/** Older marks are of no use: a request runs for seconds, and a lock lapses after 5 minutes. */
const MARK_LIFETIME_MS = 300_000

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

export async function noteTakeOver(payload: Payload, target: LockedTarget, mark: TakeOverMark) {
  await payload.kv.set(markKey(target), mark)
}

/**
 * If `target` was taken from `holder` since `startedAt` (when their request started), their
 * locks on it are removed, the taker's lock is put back when the document has none, and true is
 * returned: the request must not take the lock for `holder`. False otherwise, and when the store
 * cannot be read (the request then behaves as before take-overs were noted).
 */
export async function yieldToTakeOver(
  payload: Payload,
  target: LockedTarget,
  holder: string,
  startedAt: number,
): Promise<boolean> {
  let mark: TakeOverMark | null
  try {
    mark = await payload.kv.get<TakeOverMark>(markKey(target))
  } catch {
    return false
  }
  if (!mark || mark.from !== holder || mark.at < startedAt) return false
  if (Date.now() - mark.at > MARK_LIFETIME_MS) return false
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
