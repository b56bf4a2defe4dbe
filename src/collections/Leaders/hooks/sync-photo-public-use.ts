import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import { idsOf, syncPublicUse } from '@/collections/Media/public-use'

/**
 * A leader's portrait is public while the leader is published and a published page's leader
 * list shows them (@/collections/Media/page-uses). Publishing, unpublishing, deleting a leader
 * or swapping the photo changes that, so the stored photo before the save and the photo after
 * it are both re-checked.
 */
const key = (id: unknown) => `storedLeaderPhoto:${String(id)}`

export const rememberStoredPhoto: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const stored = await req.payload.findByID({
    collection: 'leaders',
    id: String(originalDoc.id),
    select: { photo: true },
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  req.context[key(originalDoc.id)] = idsOf([stored?.photo])
  return data
}

export const syncPhotoAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const before = (req.context[key(doc.id)] as string[] | undefined) ?? []
  await syncPublicUse(req, [...before, ...idsOf([doc.photo])])
  return doc
}

export const syncPhotoAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncPublicUse(req, idsOf([doc.photo]))
  return doc
}
