import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import { articleIdsWhere, enqueueIndex } from './enqueue'
import { mediaIdsOf } from './to-search-document'

/**
 * Any change that can affect what the public sees queues an index job; pure draft saves
 * (autosave of an article that has never been published) do not, so autosave stays cheap.
 */
export const indexArticleAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const touchesPublished = doc._status === 'published' || previousDoc?._status === 'published'
  if (touchesPublished) await enqueueIndex(req, [doc.id as string])
  return doc
}

export const indexArticleAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  await enqueueIndex(req, [String(id)])
}

/**
 * Keeps the list of media an article shows, so a caption or credit edit can find it and the
 * media's public-use flag can be kept (Collections/Media/public-use).
 */
export const recordMediaRefs: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  // Partial updates (e.g. only `_status`) carry no body; the stored one still counts.
  mediaRefs: mediaIdsOf({
    body: 'body' in data ? data.body : originalDoc?.body,
    coverImage: 'coverImage' in data ? data.coverImage : originalDoc?.coverImage,
    meta: 'meta' in data ? data.meta : originalDoc?.meta,
    document: 'document' in data ? data.document : originalDoc?.document,
  }),
})

/**
 * Reindexes the published articles that reference a changed document through `articleField`,
 * when one of the `watched` fields it contributes to the index changed.
 */
const reindexReferencing =
  (articleField: string, watched: string[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update') return doc
    if (previousDoc && watched.every((key) => doc[key] === previousDoc[key])) return doc
    await enqueueIndex(req, await articleIdsWhere(req, { [articleField]: { in: [doc.id] } }))
    return doc
  }

/** A photo's caption or credit is indexed with every article showing it. */
export const reindexForMedia = reindexReferencing('mediaRefs', ['caption', 'credit'])

/** A renamed author is found under the new name. */
export const reindexForAuthor = reindexReferencing('authors', ['name'])

/** Category filters use slugs, so a new slug must reach the index. */
export const reindexForCategory = reindexReferencing('categories', ['slug'])
