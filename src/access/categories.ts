import type { PayloadRequest, Where } from 'payload'

import { isAdmin } from './roles'

/**
 * Per-category rights: an editor or approver whose account lists categories ("Ban biên tập
 * chuyên mục Xây dựng Đảng") sees and acts only on articles in those categories, and on their
 * own. Null means not limited (admins, and accounts without categories).
 */
export function scopedCategories(user: PayloadRequest['user']): string[] | null {
  if (!user || user.collection !== 'users' || isAdmin(user)) return null
  const raw = (user as { categories?: unknown }).categories
  if (!Array.isArray(raw) || raw.length === 0) return null
  const ids = raw
    .map((c) => (c && typeof c === 'object' && 'id' in c ? (c as { id: unknown }).id : c))
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
    .map(String)
  return ids.length ? ids : null
}

/** The query constraint for a scoped account (`prefix` is 'version.' for versions). */
export function categoryScope(
  user: NonNullable<PayloadRequest['user']>,
  ids: string[],
  prefix = '',
): Where {
  return {
    or: [{ [`${prefix}categories`]: { in: ids } }, { [`${prefix}createdBy`]: { equals: user.id } }],
  }
}
