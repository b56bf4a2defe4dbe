import type { CollectionAfterChangeHook } from 'payload'

import { documentTitle } from '../document-title'
import { recordAudit } from '../record'

const published = (doc: unknown) =>
  (doc as { _status?: string } | undefined)?._status === 'published'

/**
 * Publish and unpublish of a versioned collection: the stored document's `_status` changing
 * between draft and published. A draft saved over a published document also arrives here with
 * `_status: 'draft'` while readers still see the published one, so an apparent unpublish is
 * checked against the stored document. Restores are recorded by audit-restore.ts instead.
 */
export const auditPublish: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (context.isRestoringVersion) return doc
  const was = operation === 'update' && published(previousDoc)
  let action: 'publish' | 'unpublish' | undefined
  if (!was && published(doc)) action = 'publish'
  if (was && !published(doc)) {
    const stored = await req.payload.findByID({
      collection: collection.slug,
      id: doc.id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (stored && !published(stored)) action = 'unpublish'
  }
  if (!action) return doc
  await recordAudit(
    req.payload,
    {
      action,
      collectionSlug: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitle(doc),
      summary: action === 'publish' ? '_status: draft → published' : '_status: published → draft',
    },
    req,
  )
  return doc
}
