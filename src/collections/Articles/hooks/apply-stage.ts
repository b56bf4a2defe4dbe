import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { capacitiesOf } from '../stages/capacities'
import { checkFourEyes } from '../stages/four-eyes'
import { refId } from '../stages/ids'
import { isBareUnpublish, isDraftSave, SCHEDULED_UNPUBLISH_REASON } from '../stages/save-mode'
import { isStage, type Stage } from '../stages/stages'
import { checkTransition } from '../stages/transitions'

interface HistoryEntry {
  by?: unknown
  at?: string | null
  from?: string | null
  to?: string | null
  reason?: string | null
}

type Doc = Record<string, unknown> & {
  createdBy?: unknown
  lastEditedBy?: unknown
  returnedTo?: unknown
  stageHistory?: HistoryEntry[] | null
}

const refuse = (status: number, message: string): never => {
  throw new APIError(message, status, null, true)
}

/** The person an article goes back to: whoever moved it into the stage it is returned from. */
function returneeOf(doc: Doc | undefined, from: Stage): string | null {
  const history = doc?.stageHistory ?? []
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i]?.to === from && refId(history[i]?.by)) return refId(history[i]?.by)
  return refId(doc?.createdBy)
}

function intendedStage(data: Doc, from: Stage, original: Doc | undefined, req: PayloadRequest) {
  const status = (data._status ?? original?._status ?? 'draft') as string
  if (status === 'published') return { to: 'published' as Stage, publishing: true }
  // Writing the live document as a draft while the article is live is unpublishing it.
  if (from === 'published' && !isDraftSave(req))
    return { to: 'unpublished' as Stage, publishing: false }
  return { to: isStage(data.stage) ? data.stage : from, publishing: false }
}

/**
 * The stage machine on every route (REST, GraphQL, admin, Local API, scheduled jobs): works out
 * the move a save makes from the stage and `_status` it sends, checks it against the transition
 * table, the four-eyes rule and the reason, then keeps `stage` and `_status` consistent and
 * appends the move to `stageHistory`. History, `returnedTo` and `lastEditedBy` are always
 * rebuilt here from the stored article, so no client (nor a Local API caller) can write them.
 * Trusted server code without a user (seed, importer) is not checked but kept consistent.
 */
export const applyStage: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const original = originalDoc as Doc | undefined
  const next = { ...data } as Doc
  const creating = operation === 'create'
  const from: Stage = !creating && isStage(original?.stage) ? original.stage : 'writing'
  const { to, publishing } = intendedStage(next, from, creating ? undefined : original, req)
  const user = req.user?.collection === 'users' ? req.user : null
  let reason = typeof next.stageReason === 'string' ? next.stageReason.trim() : ''
  if (to === 'unpublished' && !reason && isBareUnpublish(req)) reason = SCHEDULED_UNPUBLISH_REASON

  if (user) {
    const capacities = capacitiesOf(user, creating ? undefined : original, creating)
    const verdict = checkTransition({ from, to, capacities, publishing, reason })
    if (!verdict.ok) {
      req.payload.logger.warn(`Refused article move ${from} → ${to} by user ${user.id}`)
      refuse(verdict.status, verdict.message)
    }
    if (publishing) {
      const fourEyes = await checkFourEyes(
        req,
        user.id,
        creating ? { createdBy: user.id } : original,
      )
      if (fourEyes) refuse(403, fourEyes)
    }
  }

  const history = [...(creating ? [] : (original?.stageHistory ?? []))].map((entry) => ({
    ...entry,
    by: refId(entry.by),
  }))
  const moved = from !== to || (creating && to !== 'writing')
  if (moved)
    history.push({
      by: user ? String(user.id) : null,
      at: new Date().toISOString(),
      from,
      to,
      reason: reason || null,
    })

  next.stage = to
  if (to === 'unpublished') next._status = 'draft'
  next.stageHistory = history
  next.returnedTo =
    to === 'returned' ? (moved ? returneeOf(original, from) : refId(original?.returnedTo)) : null
  next.lastEditedBy = user ? String(user.id) : refId(original?.lastEditedBy)
  // A reason belongs to one move (kept in the history); the next move needs its own.
  if (moved) next.stageReason = null
  return next
}
