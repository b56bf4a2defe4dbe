import type { CollectionAfterDeleteHook } from 'payload'

import { documentTitle } from '../document-title'
import { recordAudit } from '../record'

/**
 * One entry per deleted document, written in the delete's transaction. Media get their own
 * action ("media-delete") so an admin can filter for lost photos and files.
 */
export const auditDelete =
  (action: 'delete' | 'media-delete'): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    await recordAudit(
      req.payload,
      {
        action,
        collectionSlug: collection.slug,
        documentId: id,
        documentTitle: documentTitle(doc),
      },
      req,
    )
    return doc
  }
