import type { CollectionAfterChangeHook, CollectionBeforeOperationHook } from 'payload'

import { LOCKS_SLUG } from '@/access/locked-documents'
import { closedNotReopened } from '@/hooks/release-again-after-close'
import { createLock, locksOnTarget, takeOverSeen, yieldToTakeOver } from '@/hooks/taken-over-mark'

/** Where an autosave notes the take-over mark it saw, before Payload checks and drops the locks. */
const SAVE_SAW = 'lockSaveSawTakeOver'

/** What an autosave saw at its start: the article, and the id of its take-over mark (null: none). */
interface SawTakeOver {
  id: string
  mark: string | null
}

const isAutosave = (req: { searchParams?: URLSearchParams }) =>
  req.searchParams?.get('autosave') === 'true'

/**
 * Notes the article's take-over mark as an admin autosave starts, before Payload's lock check: a
 * colleague's take-over after this moment may have been dropped with the locks the save drops
 * (src/hooks/taken-over-mark.ts). Kept when already noted: an operation nested in this one's
 * hooks (same request) must not move the start later. Only autosaves read it, the only saves
 * that put a lock back.
 */
export const noteSaveStart: CollectionBeforeOperationHook<'articles'> = async ({
  args,
  operation,
  req,
}) => {
  const id = (args as { id?: unknown }).id
  if (operation !== 'update' || !isAutosave(req) || !req.context || req.context[SAVE_SAW])
    return args
  if (typeof id !== 'string' && typeof id !== 'number') return args
  const mark = await takeOverSeen(req.payload, { collection: 'articles', id: String(id) })
  if (mark !== undefined) req.context[SAVE_SAW] = { id: String(id), mark } satisfies SawTakeOver
  return args
}

/**
 * Payload drops a document's lock on every successful save, the holder's own included, and
 * its admin takes it again only at the editor's next keystroke. Articles autosave every two
 * seconds, so the lock was gone whenever the editor paused and a second editor opening the
 * piece was not told it was being edited. An admin autosave by someone (`?autosave=true`)
 * therefore puts their lock back; it still ends when they leave the document
 * (src/components/admin/locks: Payload's admin would not release it, autosaving documents never
 * show its "leave without saving?" dialog) or lapses after the lock duration without activity.
 *
 * Not when the saver has closed the document's tab since (a closing release's mark stands,
 * src/hooks/release-again-after-close.ts): the save was sent by a page that is gone.
 *
 * Only when nobody took the document meanwhile: a colleague may take it over while this save
 * runs (src/api/lock-taken-over.ts), and putting the saver's lock back then gave the document two
 * holders, the newest of whom Payload obeys. Nor twice: the saver's own form state may already
 * have taken it again. The check and the write are two statements, so after writing, the lock is
 * given up again if a colleague's appeared in between; the take-over removes the saver's locks
 * after writing its own, so the two meet in one holder in every order.
 *
 * None of these statements gets `req`: that would run them in the save's transaction (MongoDB,
 * the production adapter, opens one per save; the embedded SQLite none), where they read the
 * snapshot taken when the save read the article, before Payload dropped the lock outside the
 * transaction (as its checkDocumentLockStatus does on MongoDB). There the dropped lock still
 * looked held, so it was never put back, a colleague's take-over during the save was never seen,
 * and the lock written showed to the take-over only at commit, too late for its second removal.
 */
export const keepLockOnAutosave: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const user = req.user
  if (!isAutosave(req) || !user || user.collection !== 'users') return doc
  const target = { collection: collection.slug, id: String(doc.id) }
  const saw = req.context?.[SAVE_SAW] as SawTakeOver | undefined
  const others = {
    and: [locksOnTarget(target), { 'user.value': { not_equals: String(user.id) } }],
  }
  try {
    // Taken from the saver while this save ran: the taker keeps it.
    if (
      saw?.id === target.id &&
      (await yieldToTakeOver(req.payload, target, String(user.id), saw.mark))
    )
      return doc
    // The saver closed the document's tab while this save was on its way: the closing release
    // has run, and a lock put back now would stay until the server's repeats of that release
    // (timers, lost on a restart) come round. Reopening the document clears the mark.
    if (await closedNotReopened(req.payload, user, target)) return doc
    const held = await req.payload.count({
      collection: LOCKS_SLUG,
      where: locksOnTarget(target),
      overrideAccess: true,
    })
    if (held.totalDocs > 0) return doc
    const lock = await createLock(req.payload, target, user)
    const taken = await req.payload.count({
      collection: LOCKS_SLUG,
      where: others,
      overrideAccess: true,
    })
    if (taken.totalDocs > 0)
      await req.payload.delete({ collection: LOCKS_SLUG, id: lock.id, overrideAccess: true })
  } catch (error) {
    req.payload.logger.warn({ err: error }, `Lock of article ${doc.id} not kept after autosave`)
  }
  return doc
}
