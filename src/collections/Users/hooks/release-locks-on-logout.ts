import type { CollectionAfterLogoutHook } from 'payload'

import { LOCKS_SLUG } from '@/access/locked-documents'

/**
 * Logging out ends the person's document locks. Payload's logout leaves them, and the admin's
 * release on leaving a document (src/components/admin/locks) is a request made with the
 * session a moment after the edit view closes: when "Đăng xuất" is what closed it, the session
 * is already gone, the request is refused, and the lock stayed for its full five minutes, so the
 * next editor was asked to take over. Only the caller's own locks are deleted (by holder id).
 */
export const releaseLocksOnLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const user = req.user
  if (!user) return
  try {
    await req.payload.delete({
      collection: LOCKS_SLUG,
      where: {
        and: [
          { 'user.relationTo': { equals: user.collection } },
          { 'user.value': { equals: user.id } },
        ],
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // Logging out must never fail because of a lock: it then lapses after the lock duration.
    req.payload.logger.warn(
      `Locks of ${user.collection} ${user.id} not released on logout: ${(error as Error).message}`,
    )
  }
}
