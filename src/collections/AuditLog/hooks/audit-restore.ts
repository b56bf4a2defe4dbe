import type { CollectionAfterOperationHook } from 'payload'

import { documentTitle } from '../document-title'
import { recordAudit } from '../record'

/**
 * Restoring an old version (the admin's "Khôi phục" button, REST `POST /api/<slug>/versions/:id`,
 * GraphQL `restoreVersion…`): Payload runs it as an update with `isRestoringVersion` in the
 * context; only the operation hook knows which version was restored.
 */
export const auditRestore: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'restoreVersion' || !result) return result
  const versionId = (args as { id?: string | number }).id
  const doc = result as { id?: string | number; _status?: string }
  await recordAudit(
    req.payload,
    {
      action: 'restore-version',
      collectionSlug: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitle(doc),
      summary: `version ${versionId ?? '?'} restored (_status: ${doc._status ?? '∅'})`,
    },
    req,
  )
  return result
}
