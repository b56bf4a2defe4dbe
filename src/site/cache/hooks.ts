import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { invalidateSite } from './invalidate'

/**
 * Cache invalidation for collections whose every change can show on public pages (categories,
 * media, tags, authors, redirects, site settings). Plain function calls: they work the same
 * from the admin, the REST API, the job queue (scheduled publishing) and the CLI, where Next's
 * revalidatePath would throw.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidateSite(req)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidateSite(req)
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await invalidateSite(req)
  return doc
}
