import type { Access, FieldAccess, Where } from 'payload'

import { isStaff } from '@/access/roles'

/**
 * Each person sees and clears only their own notices, admins included: a notice says what
 * reached someone's queue, which is nobody else's business. Notices are made by the article
 * hooks only (overrideAccess), never over an API.
 */
export const ownNotifications: Access = ({ req }) => {
  const user = req.user
  if (!user || !isStaff(user)) return false
  return { recipient: { equals: user.id } } satisfies Where
}

export const nobody: Access = () => false
export const neverField: FieldAccess = () => false
