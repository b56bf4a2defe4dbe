import type { CollectionAfterChangeHook } from 'payload'

import { recordStageTransition } from '@/collections/AuditLog/record'
import type { Article } from '@/payload-types'

/**
 * Every stage transition goes to the audit log (issue 11 §3), after the save succeeded: a move
 * the stage table refused never reaches this hook, so the log holds only what happened. The
 * reason is the one the move carried, as the stage history keeps it.
 */
export const auditStageTransition: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const from = operation === 'create' ? null : (previousDoc?.stage ?? null)
  const to = doc.stage
  // A new piece starts in "Đang viết" by default: not a move anyone made.
  if (!to || from === to || (from === null && to === 'writing')) return doc
  await recordStageTransition(req, {
    id: doc.id,
    title: doc.title,
    from,
    to,
    // The history entry this save appended carries the move's reason (stageReason is cleared).
    reason: doc.stageHistory?.at(-1)?.to === to ? doc.stageHistory.at(-1)?.reason : null,
  })
  return doc
}
