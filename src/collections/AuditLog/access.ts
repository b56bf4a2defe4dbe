import type { Access } from 'payload'

import { isAdmin } from '@/access/roles'

/**
 * Admins read the trail; nobody writes it over any API or the admin, admins included. Entries
 * come only from server code (`recordAudit`, with overrideAccess), and hooks/append-only.ts
 * refuses changes even then.
 */
export const readAudit: Access = ({ req }) => isAdmin(req.user)
export const nobody: Access = () => false
