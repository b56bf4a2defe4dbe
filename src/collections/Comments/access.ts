import type { Access, Where } from 'payload'

import { scopedCategories } from '@/access/categories'
import { isEditorial } from '@/access/roles'

/**
 * Who moderates a comment: editors, approvers and admins, and an editor or approver limited to
 * categories only on the articles of those categories (and articles they filed), like the
 * articles themselves (src/access/categories.ts). The same constraint serves read, update and
 * delete, so the comments list, the desk's pending box, REST and GraphQL all agree.
 */
export const moderateComments: Access = ({ req }) => {
  const user = req.user
  if (!isEditorial(user) || !user) return false
  const scope = scopedCategories(user)
  if (!scope) return true
  const inCategories: Where = { 'article.categories': { in: scope } }
  const filedByThem: Where = { 'article.createdBy': { equals: user.id } }
  return { or: [inCategories, filedByThem] }
}
