/**
 * Document locking tells a second editor who holds a document: Payload's admin reads the lock
 * with the editor's own access and shows the populated `user`'s e-mail ("… hiện đang chỉnh sửa
 * tài liệu này"). Staff may read only their own user record, so the holder came back as a bare
 * id and the dialog said "Người dùng: 3f2a…"; and showing the e-mail would hand every colleague's
 * address to anyone who can see a lock. For staff readers, this names the holder: id and name
 * only, with the name also in `email`, the one field Payload's dialog prints (never the real
 * address, roles or anything else of the account). Added once the config is sanitised, because
 * Payload creates the locks collection itself; who may see a lock at all is
 * src/access/locked-documents.ts.
 */
import type { CollectionAfterReadHook, SanitizedConfig } from 'payload'

import { LOCKS_SLUG, restrictLocks } from '@/access/locked-documents'
import { isStaff } from '@/access/roles'

import { releaseAgainAfterClose } from './release-again-after-close'

/** What the dialog shows for a holder without a name. */
const UNNAMED = 'Một người dùng khác'

export const nameLockHolder: CollectionAfterReadHook = async ({ doc, req }) => {
  const ref = (doc as { user?: { relationTo?: string; value?: unknown } }).user
  if (!ref || ref.relationTo !== 'users' || !isStaff(req.user)) return doc
  const id =
    typeof ref.value === 'object' && ref.value ? (ref.value as { id?: unknown }).id : ref.value
  if (typeof id !== 'string' && typeof id !== 'number') return doc
  const holder = await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!holder) return { ...doc, user: { relationTo: 'users', value: id } }
  const name = holder.name?.trim() || UNNAMED
  return { ...doc, user: { relationTo: 'users', value: { id: holder.id, name, email: name } } }
}

export async function withLockHolderNames(
  config: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const sanitized = await config
  const locks = sanitized.collections.find((c) => c.slug === LOCKS_SLUG)
  if (locks) {
    locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameLockHolder]
    locks.hooks.afterOperation = [...(locks.hooks.afterOperation ?? []), releaseAgainAfterClose]
  }
  restrictLocks(sanitized)
  return sanitized
}
