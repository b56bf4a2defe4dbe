import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../record'
import { summarizeChanges } from '../summary'

/**
 * Fields of a user that grant rights. `role`/`roles` today; the editorial-stage work adds
 * per-category scopes and can list them here.
 */
export const PERMISSION_FIELDS = ['role', 'roles', 'categories', 'categoryScope'] as const

const pick = (doc: unknown): Record<string, unknown> => {
  const d = (doc ?? {}) as Record<string, unknown>
  return Object.fromEntries(PERMISSION_FIELDS.filter((k) => k in d).map((k) => [k, d[k]]))
}

/** A new account and any change of its roles or permissions, with old → new. */
export const auditRoles: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const summary = summarizeChanges(operation === 'create' ? {} : pick(previousDoc), pick(doc))
  if (operation === 'update' && !summary) return doc
  await recordAudit(
    req.payload,
    {
      action: operation === 'create' ? 'create' : 'role-change',
      collectionSlug: collection.slug,
      documentId: doc.id,
      documentTitle: (doc as { email?: string }).email,
      summary,
    },
    req,
  )
  return doc
}
