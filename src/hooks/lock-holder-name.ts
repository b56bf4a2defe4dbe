/**
 * Document locking tells a second editor who holds a document: Payload's admin reads the lock
 * with the editor's own access and shows the populated `user`'s e-mail ("… hiện đang chỉnh sửa
 * tài liệu này"). Staff may read only their own user record, so the holder came back as a bare
 * id and the dialog said "Người dùng: 3f2a…". For staff readers, this names the holder (id,
 * name, e-mail only: never roles or anything else of the account). Added once the config is
 * sanitised, because Payload creates the locks collection itself.
 */
import type { CollectionAfterReadHook, SanitizedConfig } from 'payload'

import { isStaff } from '@/access/roles'

const LOCKS = 'payload-locked-documents'

export const nameLockHolder: CollectionAfterReadHook = async ({ doc, req }) => {
  const ref = (doc as { user?: { relationTo?: string; value?: unknown } }).user
  if (!ref || ref.relationTo !== 'users' || !isStaff(req.user)) return doc
  const id =
    typeof ref.value === 'object' && ref.value ? (ref.value as { id?: unknown }).id : ref.value
  if (typeof id !== 'string' && typeof id !== 'number') return doc
  const holder = await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!holder) return doc
  return {
    ...doc,
    user: {
      relationTo: 'users',
      value: { id: holder.id, name: holder.name ?? null, email: holder.email },
    },
  }
}

export async function withLockHolderNames(
  config: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const sanitized = await config
  const locks = sanitized.collections.find((c) => c.slug === LOCKS)
  if (locks) locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameLockHolder]
  return sanitized
}
