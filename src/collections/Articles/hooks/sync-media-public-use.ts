import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import { idsOf, syncPublicUse } from '@/collections/Media/public-use'

/**
 * Keeps media's `publicUse` flag in step with published articles. Only the stored (main) article
 * counts: a draft saved on top of a published article changes nothing the public sees. The main
 * record is read before the save, since after a publish its old media list is gone, and a photo
 * dropped by the new version must lose its flag.
 */
const before = (id: unknown) => `mediaRefsBefore:${String(id)}`

interface Stored {
  published: boolean
  refs: string[]
}

export const rememberStoredMedia: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const stored = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc.id as string,
    select: { mediaRefs: true, _status: true },
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (stored) {
    req.context[before(originalDoc.id)] = {
      published: stored._status === 'published',
      refs: idsOf(stored.mediaRefs),
    } satisfies Stored
  }
  return data
}

export const syncMediaAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const stored = req.context[before(doc.id)] as Stored | undefined
  delete req.context[before(doc.id)]
  if (doc._status !== 'published' && !stored?.published) return doc
  await syncPublicUse(req, [...(stored?.refs ?? []), ...idsOf(doc.mediaRefs)])
  return doc
}

export const syncMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncPublicUse(req, idsOf(doc.mediaRefs))
}
