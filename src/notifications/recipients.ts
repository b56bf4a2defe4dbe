/**
 * Who a stage move concerns (issue 11 §2): a piece in "Chờ biên tập" reaches the editors of its
 * categories, one in "Chờ duyệt đăng" the approvers of its categories (an account without
 * assigned categories covers all of them), a returned piece the person it was returned to, a
 * published piece (each time it goes out) the person who wrote it. The one who made the move
 * is never told about it.
 */
import type { PayloadRequest } from 'payload'

import { refId, refIds } from '@/collections/Articles/stages/ids'

import type { NoticeKind } from './messages'

export interface Recipient {
  id: string
  email: string
  name: string
}

interface UserRow {
  id: string | number
  email?: string | null
  name?: string | null
  roles?: string[] | null
  categories?: unknown
}

/** Editors or approvers whose category rights cover one of the article's categories. */
export function coversArticle(user: UserRow, articleCategories: string[]): boolean {
  const own = refIds(user.categories)
  if (own.length === 0) return true
  return articleCategories.some((c) => own.includes(c))
}

const asRecipient = (u: UserRow): Recipient => ({
  id: String(u.id),
  email: String(u.email ?? ''),
  name: u.name || String(u.email ?? ''),
})

export async function recipientsFor(
  req: PayloadRequest,
  kind: NoticeKind,
  article: { categories?: unknown; returnedTo?: unknown; createdBy?: unknown },
  actorId: string | null,
): Promise<Recipient[]> {
  if (kind === 'returned' || kind === 'published') {
    const id = refId(kind === 'returned' ? article.returnedTo : article.createdBy)
    if (!id || id === actorId) return []
    const user = await req.payload
      .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    return user ? [asRecipient(user as UserRow)] : []
  }
  const role = kind === 'editing' ? 'editor' : 'approver'
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: [role] } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const categories = refIds(article.categories)
  return (docs as UserRow[])
    .filter((u) => String(u.id) !== actorId && coversArticle(u, categories))
    .map(asRecipient)
}
