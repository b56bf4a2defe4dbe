/**
 * Who a stage move concerns (issue 11 §2): a piece in "Chờ biên tập" reaches the editors of its
 * categories, one in "Chờ duyệt đăng" the approvers of its categories (an account without
 * assigned categories covers all of them), a returned piece the person it was returned to, a
 * published piece (each time it goes out) the person who wrote it. The one who made the move
 * is never told about it.
 *
 * `concerns` is the one rule for whether a notice still concerns an account, asked both when
 * the notices are written and again when each e-mail goes out (jobs/send-notification-email.ts,
 * which may run minutes later, or after retries): an editor whose editor role or category was
 * taken away in between, or an account that was deleted, gets nothing. There is no separate
 * "disabled" flag on accounts: an account stops being a recipient by losing its roles or being
 * deleted.
 */
import type { PayloadRequest } from 'payload'

import { ROLES } from '@/access/roles'
import { refId, refIds } from '@/collections/Articles/stages/ids'

import type { NoticeKind } from './messages'

export interface Recipient {
  id: string
  email: string
  name: string
}

export interface UserRow {
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

/** The role a queue notice is for; returns and publications only need a staff role. */
const QUEUE_ROLE: Partial<Record<NoticeKind, string>> = { editing: 'editor', approval: 'approver' }

/**
 * Whether a notice of `kind` about `article` (its categories as they are now) concerns `user`
 * (as the account is now): still holding the role that made them a recipient, and for a queue,
 * still covering one of the article's categories. Pure; null (a deleted account) never is.
 */
export function concerns(
  user: UserRow | null | undefined,
  kind: NoticeKind,
  article: { categories?: unknown },
): boolean {
  if (!user) return false
  const roles = (user.roles ?? []).filter((r) => (ROLES as readonly string[]).includes(r))
  const role = QUEUE_ROLE[kind]
  if (!role) return roles.length > 0
  return roles.includes(role) && coversArticle(user, refIds(article.categories))
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
    return concerns(user as UserRow | null, kind, article) ? [asRecipient(user as UserRow)] : []
  }
  const role = QUEUE_ROLE[kind] ?? 'editor'
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: [role] } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs as UserRow[])
    .filter((u) => String(u.id) !== actorId && concerns(u, kind, article))
    .map(asRecipient)
}
