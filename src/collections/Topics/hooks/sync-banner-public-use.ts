import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idsOf, syncPublicUse } from '@/collections/Media/public-use'

/**
 * A published topic shows its banner, so the banner must be publicly readable (media's
 * `publicUse` flag, @/collections/Media/public-use), and lose that once no published content
 * uses it. The flag is recomputed from the stored documents, so checking the banner before and
 * after the save covers publishing, unpublishing, swapping the image and draft saves alike.
 */
export const syncBannerAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await syncPublicUse(req, idsOf([doc.banner, previousDoc?.banner]))
  return doc
}

export const syncBannerAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncPublicUse(req, idsOf([doc.banner]))
  return doc
}
