import type { CollectionBeforeChangeHook } from 'payload'

import { photoCreditsOf } from '@/collections/Articles/photo-credits'

/**
 * Stores the credit keys of the photos the article shows (see photo-credits.ts). Drafts keep
 * their own value in their version; the public pages only query published articles.
 */
export const recordPhotoCredits: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => ({
  ...data,
  // Partial updates (e.g. only `_status`) carry no body; the stored one still counts.
  photoCredits: await photoCreditsOf(req, {
    body: 'body' in data ? data.body : originalDoc?.body,
    coverImage: 'coverImage' in data ? data.coverImage : originalDoc?.coverImage,
  }),
})
