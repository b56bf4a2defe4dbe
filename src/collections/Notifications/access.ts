import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, isStaff } from '@/access/roles'
import { refIds } from '@/collections/Articles/stages/ids'

/**
 * Each person sees and clears only their own notices, admins included: a notice says what
 * reached someone's queue, which is nobody else's business. Notices are made by the article
 * hooks only (overrideAccess), never over an API.
 *
 * A notice also names the article's title, so it is readable only while it still concerns its
 * recipient as the account is now, by the same rule as the e-mails
 * (src/notifications/recipients.ts `concerns`): a queue notice needs the queue's role and, for
 * an account limited to categories, one of them on the article; returned and published notices
 * any staff role. Expressed as a query constraint, so lists, counts (the menu badge), single
 * reads and GraphQL all leave the others out in the database, before paging.
 */
export const ownNotifications: Access = ({ req }) => {
  const user = req.user
  if (!user || !isStaff(user)) return false
  const categories = refIds((user as { categories?: unknown }).categories)
  const queue = (stage: 'editing' | 'approval'): Where => ({
    and: [
      { kind: { equals: 'queue' } },
      { queue: { equals: stage } },
      ...(categories.length > 0 ? [{ 'article.categories': { in: categories } }] : []),
    ],
  })
  const concerning: Where[] = [{ kind: { in: ['returned', 'published'] } }]
  if (hasRole(user, 'editor')) concerning.push(queue('editing'))
  if (hasRole(user, 'approver')) concerning.push(queue('approval'))
  const mine: Where = { recipient: { equals: user.id } }
  return { and: [mine, { or: concerning }] }
}

export const nobody: Access = () => false
export const neverField: FieldAccess = () => false
