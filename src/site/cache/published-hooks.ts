import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidatePages, invalidateSite } from './invalidate'
import { scheduleTarget } from './targets'

/*
 * Cache invalidation for collections with drafts other than articles.
 *
 * Topics: publishing, unpublishing, editing a published topic or deleting one clears every page
 * (a topic shows on the home strip and on the pages of every article it holds, which only a
 * query over its tags could list); saving a draft of something never published does not.
 *
 * Leaders and schedule entries show only on the work schedule and its calendar feeds, so every
 * change of theirs, drafts included, drops just those pages: cheap, and right even when the
 * version before an unpublish was a draft saved over the published one.
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

export const revalidateScheduleAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidatePages(req, scheduleTarget())
  return doc
}

export const revalidateScheduleAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidatePages(req, scheduleTarget())
  return doc
}
