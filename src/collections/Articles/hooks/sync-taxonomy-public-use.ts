import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idsOf } from '@/collections/Media/public-use'

import { syncTaxonomyPublicUse, TAXONOMIES } from '../taxonomy-public-use'
import { storedArticle } from './remember-stored-article'

/**
 * Keeps the `publicUse` flag of tags and authors in step with published articles, as
 * ./sync-media-public-use does for media. Only the stored (main) article counts, and it is read
 * before the save: after a publish or an edit its old tags and authors are gone, and one the
 * new version dropped must lose its flag when no other published article uses it.
 */
export const syncTaxonomyAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const stored = storedArticle(req, doc.id)
  if (doc._status !== 'published' && !stored?.published) return doc
  for (const field of TAXONOMIES)
    await syncTaxonomyPublicUse(req, field, [...(stored?.[field] ?? []), ...idsOf(doc[field])])
  return doc
}

export const syncTaxonomyAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  for (const field of TAXONOMIES) await syncTaxonomyPublicUse(req, field, idsOf(doc[field]))
}
