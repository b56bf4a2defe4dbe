import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { creditKey } from '@/collections/Articles/photo-uses'

import { invalidatePages, invalidateSite } from './invalidate'
import { type MediaFacts, mediaTarget, taxonomyTarget } from './targets'

/**
 * Cache invalidation for collections other than articles. Plain function calls: they work the
 * same from the admin, the REST API, the job queue (scheduled publishing) and the CLI, where
 * Next's revalidatePath would throw. Which pages each change drops: targets.ts.
 */

/** Everything: categories (menu, breadcrumbs, cards), redirects, site settings. */
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

interface MediaDoc {
  filename?: string | null
  credit?: string | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
}

function mediaFacts(doc: MediaDoc | undefined | null): MediaFacts | null {
  if (!doc) return null
  const files = [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)]
  return {
    files: files.filter((f): f is string => Boolean(f)),
    creditKey: creditKey(doc.credit) || null,
  }
}

/** A photo or file: the pages that show it. A new upload is on no page yet: nothing to drop. */
export const revalidateMediaAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'create') return doc
  await invalidatePages(req, mediaTarget(mediaFacts(previousDoc), mediaFacts(doc)))
  return doc
}

export const revalidateMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidatePages(req, mediaTarget(mediaFacts(doc), null))
  return doc
}

/**
 * Tags and authors: the pages that link to them. A new one is on no page until an article uses
 * it (that article's publish drops the pages); a deleted one clears everything.
 */
export function taxonomyHooks(route: 'the' | 'tac-gia'): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ doc, previousDoc, operation, req }) => {
      if (operation === 'create') return doc
      const slug = (d: unknown) => (d as { slug?: string | null } | undefined)?.slug
      await invalidatePages(req, taxonomyTarget(route, slug(previousDoc), slug(doc)))
      return doc
    },
    afterDelete: revalidateAfterDelete,
  }
}
