import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/collections/AuditLog/record'

/**
 * Moderation decides what the public reads under the portal's name, so every status change of
 * a comment or question (one row or a bulk edit) goes into the audit log with who and when.
 */
export const auditModeration: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  const text = String(doc.text ?? doc.question ?? '')
  await recordAudit(
    req.payload,
    {
      action: 'moderation',
      collectionSlug: collection.slug,
      documentId: doc.id,
      documentTitle: `${String(doc.name ?? '')}: ${text.slice(0, 60)}`,
      summary: `status: ${String(previousDoc?.status ?? '')} → ${String(doc.status)}`,
    },
    req,
  )
  return doc
}
