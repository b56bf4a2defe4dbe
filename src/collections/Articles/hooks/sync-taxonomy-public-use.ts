import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import { idsOf } from '@/collections/Media/public-use'

import { syncTaxonomyPublicUse, TAXONOMIES, type Taxonomy } from '../taxonomy-public-use'

/**
 * Keeps the `publicUse` flag of tags and authors in step with published articles, as
 * ./sync-media-public-use does for media. Only the stored (main) article counts, and it is read
 * before the save: after a publish or an edit its old tags and authors are gone, and one the
 * new version dropped must lose its flag when no other published article uses it.
 */
const before = (id: unknown) => `taxonomyBefore:${String(id)}`

type Stored = { published: boolean } & Record<Taxonomy, string[]>

export const rememberStoredTaxonomy: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const stored = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc.id as string,
    select: { tags: true, authors: true, _status: true },
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (stored) {
    req.context[before(originalDoc.id)] = {
      published: stored._status === 'published',
      tags: idsOf(stored.tags),
      authors: idsOf(stored.authors),
    } satisfies Stored
  }
  return data
}

export const syncTaxonomyAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const stored = req.context[before(doc.id)] as Stored | undefined
  delete req.context[before(doc.id)]
  if (doc._status !== 'published' && !stored?.published) return doc
  for (const field of TAXONOMIES)
    await syncTaxonomyPublicUse(req, field, [...(stored?.[field] ?? []), ...idsOf(doc[field])])
  return doc
}

export const syncTaxonomyAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  for (const field of TAXONOMIES) await syncTaxonomyPublicUse(req, field, idsOf(doc[field]))
}
