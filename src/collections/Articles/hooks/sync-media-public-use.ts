import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idsOf, syncPublicUse } from '@/collections/Media/public-use'

import { storedArticle } from './remember-stored-article'

/**
 * Keeps media's `publicUse` flag in step with published articles. Only the stored (main) article
 * counts: a draft saved on top of a published article changes nothing the public sees. A photo
 * dropped by the new version must lose its flag, so the media the stored article used before the
 * save (./remember-stored-article) are checked too.
 */
export const syncMediaAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const stored = storedArticle(req, doc.id)
  if (doc._status !== 'published' && !stored?.published) return doc
  await syncPublicUse(req, [...(stored?.mediaRefs ?? []), ...idsOf(doc.mediaRefs)])
  return doc
}

export const syncMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncPublicUse(req, idsOf(doc.mediaRefs))
}
