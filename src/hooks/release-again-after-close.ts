/**
 * Closing a tab releases the person's document lock with one `keepalive` request
 * (src/components/admin/locks), but a save the page sent just before can still be on its way:
 * when it lands after the release it puts the lock back, and nobody is left to release it, so
 * the next editor had to "take over" or wait the lock's 5 minutes. Two requests do that:
 * the autosave (`PATCH …?autosave=true`; Payload drops the lock on every save and
 * src/collections/Articles/hooks/keep-lock-on-autosave.ts takes it again for the saver) and
 * Payload's form-state request sent on each change (`handleFormStateLocking` in @payloadcms/ui
 * creates a lock for the caller whenever none is active). The closing page cannot wait for them,
 * so the server repeats a release marked as a closing tab's (`CLOSING_HEADER`) a few seconds
 * later, when such a save has landed. The repeat deletes only the caller's own locks among those
 * the request named, exactly as the request itself could: nobody else's lock is ever touched.
 *
 * A reload is a close too, and so is closing a tab and opening the document again at once: the
 * person is back editing before the repeats run, and a repeat would delete the lock their new
 * page has just taken (a colleague opening the piece then saw no "being edited" dialog). So the
 * repeats are kept per person and document, and the edit view cancels them when it opens
 * (src/api/lock-reopened.ts): whatever a late save puts back is then theirs again, rightly.
 *
 * Production runs several processes behind nginx's round robin (deploy/nginx), so the reopen can
 * reach another process than the close whose timers it must stop: each close therefore also
 * leaves a mark in Payload's key-value store (a database table every process sees), the reopen
 * deletes it, and a repeat runs only while its own close's mark is still there. Marks live only
 * while repeats wait (the last one removes its mark), so a caller cannot grow the table by
 * reopening, only by closing, and each close's mark is gone within seconds.
 */
import { randomUUID } from 'node:crypto'

import type { CollectionAfterOperationHook, Payload, Where } from 'payload'

import { LOCKS_SLUG } from '@/access/locked-documents'
import { CLOSING_HEADER } from '@/components/admin/locks/release-lock'

/**
 * When to release again after a closing tab's release: most saves, a slow one, and one held up on
 * a badly loaded server (before the 30 s repeat, such a save kept the lock for its 5 minutes).
 * The tail is long because reopening the document cancels the repeats (./lock-reopened), so they
 * never take a lock from the person who came back.
 */
export const RELEASE_AGAIN_AFTER_MS = [2000, 8000, 30_000]

/** Who may hold a lock: the account's collection and id. */
interface Holder {
  collection: string
  id: string | number
}

/** The document a lock is on: a collection's document or a global. */
export type LockedTarget = { collection: string; id: string } | { global: string }

/** Repeats waiting to run, per person and document (`pendingKey`). */
const pending = new Map<string, NodeJS.Timeout[]>()

const targetKey = (target: LockedTarget) =>
  'global' in target ? `global:${target.global}` : `${target.collection}/${target.id}`

/** One person's repeats on one document share this key. */
export const pendingKey = (holder: Holder, target: LockedTarget | null): string =>
  `${holder.collection}:${String(holder.id)}|${target ? targetKey(target) : '?'}`

/** Longer than any collection slug or document id; anything longer is not a document. */
const MAX_PART = 200

/** `value` if it can be a slug or a document id (letters, digits, `_`, `-`), else null. */
export const documentPart = (value: string | null | undefined): string | null =>
  value && value.length <= MAX_PART && /^[\w-]+$/.test(value) ? value : null

/** `{ field: { equals: value } }` → value, for the one field named. */
function equalsIn(clause: unknown, field: string): string | undefined {
  if (!clause || typeof clause !== 'object' || !(field in clause)) return undefined
  const condition = (clause as Record<string, unknown>)[field]
  if (!condition || typeof condition !== 'object' || !('equals' in condition)) return undefined
  const value = (condition as { equals: unknown }).equals
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/**
 * The document a release's `where` names, as the admin's release writes it
 * (`releaseLockUrl`: collection, id and holder, or global and holder, under one `and`); null for
 * any other query, whose repeats then cannot be cancelled by reopening (they still touch only the
 * caller's own locks).
 */
export function lockedTargetOf(where: Where): LockedTarget | null {
  const clauses: unknown[] = Array.isArray(where.and) ? where.and : [where]
  const find = (field: string) =>
    clauses.map((clause) => equalsIn(clause, field)).find((value) => value !== undefined)
  // Only what a reopen can name (src/api/lock-reopened.ts): other values would key the store's
  // mark with whatever a caller's query holds, and no reopen could ever cancel them.
  const global = documentPart(find('globalSlug'))
  if (global) return { global }
  const collection = documentPart(find('document.relationTo'))
  const id = documentPart(find('document.value'))
  return collection && id ? { collection, id } : null
}

/** The key-value store's key of a close's mark (`pendingKey`'s person and document). */
export const markKey = (key: string) => `lock-close:${key}`

interface CloseMark {
  close: string
}

/** Whether the close `close` still stands: no reopen (on any process) and no later close. */
async function stillClosed(payload: Payload, key: string, close: string): Promise<boolean> {
  try {
    return (await payload.kv.get<CloseMark>(markKey(key)))?.close === close
  } catch {
    // The store is unreachable: repeat as before reopening existed (only one's own locks go).
    return true
  }
}

async function releaseOwn(payload: Payload, where: Where): Promise<void> {
  try {
    await payload.delete({ collection: LOCKS_SLUG, where, depth: 0, overrideAccess: true })
  } catch (error) {
    payload.logger.warn({ err: error }, 'Lock of a closed tab not released again')
  }
}

async function repeat(payload: Payload, key: string, close: string, where: Where, last: boolean) {
  if (!(await stillClosed(payload, key, close))) return
  if (last) await payload.kv.delete(markKey(key)).catch(() => undefined)
  await releaseOwn(payload, where)
}

/**
 * Whether `holder` closed their view of `target` (a closing release whose mark stands) and has
 * not opened it again. A save of theirs landing now was sent by the closed page: putting their
 * lock back would leave it to the repeats' timing (src/collections/Articles/hooks/
 * keep-lock-on-autosave.ts asks). An unreachable store answers no, as before marks existed.
 */
export async function closedNotReopened(
  payload: Payload,
  holder: Holder,
  target: LockedTarget,
): Promise<boolean> {
  try {
    return (await payload.kv.get<CloseMark>(markKey(pendingKey(holder, target)))) != null
  } catch {
    return false
  }
}

/** Cancels the repeats of `holder`'s release of `target`; how many were waiting. */
export function cancelReleaseAgain(holder: Holder, target: LockedTarget): number {
  const key = pendingKey(holder, target)
  const timers = pending.get(key) ?? []
  for (const timer of timers) clearTimeout(timer)
  pending.delete(key)
  return timers.length
}

/**
 * The person's edit view of `target` has opened: their last close's repeats are cancelled here
 * and, through the deleted mark, on whichever process holds them.
 */
export async function reopened(payload: Payload, holder: Holder, target: LockedTarget) {
  const cancelled = cancelReleaseAgain(holder, target)
  await payload.kv.delete(markKey(pendingKey(holder, target)))
  return cancelled
}

export const releaseAgainAfterClose: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'delete' || req.headers?.get(CLOSING_HEADER) !== '1') return result
  const user = req.user
  const where = (args as { where?: Where }).where
  if (!user || !where) return result
  const own: Where = {
    and: [
      where,
      { 'user.relationTo': { equals: user.collection } },
      { 'user.value': { equals: user.id } },
    ],
  }
  const key = pendingKey(user, lockedTargetOf(where))
  // A second close of the same document (two quick reloads) replaces the first one's repeats.
  for (const timer of pending.get(key) ?? []) clearTimeout(timer)
  const close = randomUUID()
  try {
    await req.payload.kv.set(markKey(key), { close } satisfies CloseMark)
  } catch (error) {
    req.payload.logger.warn({ err: error }, 'Close of a locked document not marked')
  }
  const timers = RELEASE_AGAIN_AFTER_MS.map((ms, i) => {
    const last = i === RELEASE_AGAIN_AFTER_MS.length - 1
    return setTimeout(() => {
      if (last && pending.get(key) === timers) pending.delete(key)
      void repeat(req.payload, key, close, own, last)
    }, ms).unref()
  })
  pending.set(key, timers)
  return result
}
