import type { CollectionAfterChangeHook } from 'payload'

import { type AuditEntry, recordAudit } from '@/collections/AuditLog/record'

/**
 * The after-change half of the article audit hooks that work out a change before the save
 * (audit-published-at.ts, audit-royalties.ts): the summary noted in the request context under
 * `contextKey` becomes one audit entry once the save succeeded, so a refused save leaves none.
 */
export const recordNotedChange =
  (contextKey: string, action: AuditEntry['action']): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const summary = req.context?.[contextKey]
    if (typeof summary !== 'string') return doc
    delete req.context[contextKey]
    await recordAudit(
      req.payload,
      { action, collectionSlug: 'articles', documentId: doc.id, documentTitle: doc.title, summary },
      req,
    )
    return doc
  }
