import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { invalidateSite } from '@/site/cache/invalidate'

/**
 * Publishing, unpublishing, editing a published article or deleting one clears the public page
 * cache (src/server/page-cache.ts), whether it came from the admin, the API or the scheduled
 * publish job. Draft-only saves (autosave every few seconds while someone types) do not.
 */
export const revalidateSiteAfterChange: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') await invalidateSite(req)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook<Article> = async ({
  doc,
  req,
}) => {
  await invalidateSite(req)
  return doc
}
