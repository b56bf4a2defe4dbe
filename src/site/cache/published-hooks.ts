import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
} from 'payload'

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

const DRAFT_SAVE = 'revalidateDraftSave'

/**
 * Notes whether an update saves a draft, which afterChange hooks are not told. `previousDoc` is
 * the newest version, a draft whenever a draft was saved over the live document (or a
 * one-language publish left its snapshot, @/hooks/publish-one-locale): an unpublish after that
 * looked like draft → draft and left the page on the site (and in the page cache) until the
 * next change. A save that is not a draft and leaves the status `draft` is an unpublish.
 */
export function markDraftSave<S extends CollectionSlug>(): CollectionBeforeOperationHook<S> {
  return ({ args, operation, req }) => {
    if (operation === 'update')
      req.context[DRAFT_SAVE] = Boolean((args as { draft?: boolean }).draft)
    return args
  }
}

export const revalidatePublishedAfterChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const now = (doc as WithStatus)._status
  const before = (previousDoc as WithStatus | undefined)?._status
  const unpublished = operation === 'update' && now === 'draft' && req.context[DRAFT_SAVE] === false
  if (now === 'published' || before === 'published' || unpublished) await invalidateSite(req)
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
