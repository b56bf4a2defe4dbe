import type { CollectionAfterChangeHook } from 'payload'

import { refreshPhotoCredits } from '@/collections/Articles/photo-credits'

/** A corrected photo credit moves every article showing the photo to the right photographer. */
export const refreshArticleCredits: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || (previousDoc?.credit ?? '') === (doc.credit ?? '')) return doc
  await refreshPhotoCredits(req, { mediaRefs: { in: [doc.id] } })
  return doc
}
