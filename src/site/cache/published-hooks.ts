import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateSite } from './invalidate'

/*
 * Cache invalidation for collections with drafts other than articles (leaders, schedule
 * entries): publishing, unpublishing, editing a published document or deleting one clears the
 * page cache and tells the other processes (within about 2 s); saving a draft of something
 * never published does not, as it changes nothing readers see.
 */
type WithStatus = { _status?: 'draft' | 'published' | null }

export const revalidatePublishedAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const now = (doc as WithStatus)._status
  const before = (previousDoc as WithStatus | undefined)?._status
  if (now === 'published' || before === 'published') await invalidateSite(req)
  return doc
}

export const revalidatePublishedAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidateSite(req)
  return doc
}
