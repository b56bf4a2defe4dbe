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
 */
import type { CollectionAfterOperationHook, Payload, Where } from 'payload'

import { LOCKS_SLUG } from '@/access/locked-documents'
import { CLOSING_HEADER } from '@/components/admin/locks/release-lock'

/** When to release again after a closing tab's release: most saves, then a slow one. */
export const RELEASE_AGAIN_AFTER_MS = [2000, 8000]

async function releaseOwn(payload: Payload, where: Where): Promise<void> {
  try {
    await payload.delete({ collection: LOCKS_SLUG, where, depth: 0, overrideAccess: true })
  } catch (error) {
    payload.logger.warn({ err: error }, 'Lock of a closed tab not released again')
  }
}

export const releaseAgainAfterClose: CollectionAfterOperationHook = ({
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
  for (const ms of RELEASE_AGAIN_AFTER_MS)
    setTimeout(() => void releaseOwn(req.payload, own), ms).unref()
  return result
}
