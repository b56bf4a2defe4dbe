import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateSite } from './invalidate'

/*
 * Only what readers can see clears the page cache: a comment becoming approved, or leaving
 * approval (rejected, edited, deleted). New pending comments do not, so a flood of submissions
 * cannot empty the cache (every post would otherwise cost every page a render). The cache has
 * one content version for all pages (site/cache/content-version.ts), so this is a whole clear;
 * the approved comment shows on the next request, and on other processes within about 2 s.
 */
type WithStatus = { status?: string | null }

export const revalidateWhenPublic =
  (publicStatus: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const now = (doc as WithStatus).status
    const before = (previousDoc as WithStatus | undefined)?.status
    if (now === publicStatus || before === publicStatus) await invalidateSite(req)
    return doc
  }

export const revalidateDeletedWhenPublic =
  (publicStatus: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if ((doc as WithStatus).status === publicStatus) await invalidateSite(req)
    return doc
  }
