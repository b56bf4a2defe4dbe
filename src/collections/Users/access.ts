import type { Access } from 'payload'

import { isAdmin } from '@/access/roles'

/** User records are never public: admins see everyone, others only themselves. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
