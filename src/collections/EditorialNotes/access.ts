import type { Access, Where } from 'payload'

import { scopedCategories } from '@/access/categories'
import { isAdmin, isEditorial, isStaff } from '@/access/roles'

/**
 * Internal notes are staff-only and follow the article they belong to: editors and approvers
 * read the notes of the articles they may read (their categories when scoped), a reporter those
 * on their own pieces, everyone their own notes. Anonymous readers get nothing, on every API.
 */
export const readNotes: Access = ({ req }) => {
  const user = req.user
  if (!user || !isStaff(user)) return false
  const mine: Where[] = [
    { author: { equals: user.id } },
    { 'article.createdBy': { equals: user.id } },
  ]
  if (isEditorial(user)) {
    const scope = scopedCategories(user)
    if (!scope) return true
    return { or: [...mine, { 'article.categories': { in: scope } }] }
  }
  return { or: mine }
}

/** Staff write notes (hooks/check-article.ts checks they may read the article). */
export const createNotes: Access = ({ req }) => isStaff(req.user)

/** A note is changed or withdrawn by its author; admins may remove any. */
export const ownNotes: Access = ({ req }) => {
  const user = req.user
  if (!user || !isStaff(user)) return false
  if (isAdmin(user)) return true
  return { author: { equals: user.id } } satisfies Where
}
