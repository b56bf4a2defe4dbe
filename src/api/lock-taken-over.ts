import type { Endpoint, Payload, Where } from 'payload'

import { LOCKS_SLUG, mayEditTarget } from '@/access/locked-documents'
import { documentPart, type LockedTarget } from '@/hooks/release-again-after-close'
import { createLock, locksOnTarget, noteTakeOver } from '@/hooks/taken-over-mark'

import { json, reopenedTarget } from './lock-reopened'

/** Who takes a lock over: the account's collection and id. */
interface Taker {
  collection: string
  id: string | number
}

/**
 * Whether `target` is a document or global Payload keeps locks for, and it exists. The endpoint
 * writes a lock row, and Payload's own API lets only admins do that: without this, any staff
 * account could add rows for made-up globals without end (src/access/locked-documents.ts lets a
 * lock on an unknown global through, and reads only the newest 1000 locks, so the real ones
 * would vanish from editors' sight), and a missing id failed in the database.
 */
export async function lockableTarget(payload: Payload, target: LockedTarget): Promise<boolean> {
  if ('global' in target) {
    const global = payload.config.globals.find((g) => g.slug === target.global)
    return Boolean(global && global.lockDocuments !== false)
  }
  const collection = payload.collections[target.collection as keyof typeof payload.collections]
  if (!collection || collection.config.lockDocuments === false) return false
  const { totalDocs } = await payload.count({
    collection: target.collection as never,
    where: { id: { equals: target.id } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function deleteLocks(payload: Payload, where: Where): Promise<number> {
  const { docs } = await payload.delete({
    collection: LOCKS_SLUG,
    where,
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

/**
 * Makes `taker` the holder of `target`'s lock in place of `from`, whatever state the locks are in
 * when the request lands: `from`'s locks (duplicates included) are removed, the taker's lock
 * exists unless someone else's does, and `from`'s are removed again, in case `from`'s own save
 * put one back between the two (src/collections/Articles/hooks/keep-lock-on-autosave.ts yields
 * to the taker's lock from the other side, so the two converge in every order without a
 * transaction). Returns how many of `from`'s locks were removed.
 */
export async function takeOverLock(
  payload: Payload,
  taker: Taker,
  target: LockedTarget,
  from: string,
): Promise<number> {
  // Noted first: a save of `from`'s already past its lock check may drop the lock written below,
  // and must then see that the document was taken from them (src/hooks/taken-over-mark.ts).
  const takeOver = { by: String(taker.id), byCollection: taker.collection, from }
  await noteTakeOver(payload, target, { ...takeOver, pending: true })
  try {
    let removed = await deleteLocks(payload, locksOnTarget(target, from))
    // The taker's lock, or a third person's: one who took the document while `from`'s save had
    // dropped the lock (Payload's form state gives a lockless document to whoever types first).
    // Adding the taker's beside theirs made two holders; Payload obeys the newest and shows them.
    const held = await payload.count({
      collection: LOCKS_SLUG,
      where: { and: [locksOnTarget(target), { 'user.value': { not_equals: from } }] },
      overrideAccess: true,
    })
    if (held.totalDocs === 0) await createLock(payload, target, taker)
    removed += await deleteLocks(payload, locksOnTarget(target, from))
    return removed
  } finally {
    // Noted again, with a new id, after the taker's lock: a save of `from`'s that began after
    // the first note but checked the lock before this one was written dropped it, and must see
    // a mark other than the one it read at its start.
    await noteTakeOver(payload, target, takeOver)
  }
}

/**
 * POST /api/locks/taken-over?collection=…&id=…&from=<holder id> (or `?global=…&from=…`): the
 * signed-in person has just taken the document over from `from` in Payload's lock dialog
 * ("Tiếp quản"; src/components/admin/locks/ClaimLockOnTakeOver.tsx sends it).
 *
 * Payload's admin takes over by reading the document's lock and re-assigning it, and does nothing
 * when it reads none. Two moments gave exactly that: during the previous holder's save (Payload
 * drops the lock when a save starts, keep-lock-on-autosave puts it back when it ends), and when
 * that holder had two lock rows (Payload's form state and the autosave each create one; only the
 * first row changed hands). The previous holder's lock then stayed or came back, the new holder's
 * saves were refused as "locked by another user", and their screen said the document was theirs.
 * This finishes the take-over on the server. It asks exactly what taking over the lock through
 * Payload's own API asks: that the caller may edit the document (src/access/locked-documents.ts).
 */
export const lockTakenOverEndpoint: Endpoint = {
  path: '/locks/taken-over',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json({ errors: [{ message: 'Bạn cần đăng nhập.' }] }, 401)
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const target = reopenedTarget(params)
    const from = documentPart(params.get('from'))
    if (!target || !from || from === String(req.user.id))
      return json({ errors: [{ message: 'Thiếu tài liệu hoặc người đang giữ tài liệu.' }] }, 400)
    const document = 'global' in target ? null : { relationTo: target.collection, value: target.id }
    const globalSlug = 'global' in target ? target.global : null
    if (!(await mayEditTarget(req, document, globalSlug)))
      return json({ errors: [{ message: 'Bạn không có quyền tiếp quản tài liệu này.' }] }, 403)
    if (!(await lockableTarget(req.payload, target)))
      return json({ errors: [{ message: 'Không tìm thấy tài liệu cần tiếp quản.' }] }, 404)
    const released = await takeOverLock(req.payload, req.user, target, from)
    return json({ released })
  },
}
