import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { type ArticleRefs, resolveArticleFacts } from '@/site/cache/article-facts'
import { invalidatePages } from '@/site/cache/invalidate'
import { articleTarget } from '@/site/cache/targets'

import { isDraftSave } from '../stages/save-mode'
import { storedArticle } from './remember-stored-article'

/**
 * Publishing, unpublishing, editing a published article or deleting one drops the public pages
 * it can change from the page cache (src/server/page-cache.ts; which ones: site/cache/targets.ts),
 * whether it came from the admin, the API or the scheduled publish job. The article as it was
 * public is the stored (main) document read before the save (remember-stored-article.ts), not
 * `previousDoc`, which may be a draft saved on top of it: its old slug and categories matter.
 * A draft save changes nothing readers see (Payload writes the main document only when not
 * saving a draft), so autosaves every few seconds while someone types drop nothing.
 */
export const revalidateSiteAfterChange: CollectionAfterChangeHook<Article> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (isDraftSave(req) && doc._status !== 'published') return doc
  const stored = operation === 'update' ? storedArticle(req, doc.id) : undefined
  const before: ArticleRefs | null = stored
    ? stored.published
      ? { id: doc.id, ...stored }
      : null
    : // Not remembered (should not happen on an update): the previous version stands in.
      previousDoc?._status === 'published'
      ? previousDoc
      : null
  const after: ArticleRefs | null = doc._status === 'published' ? doc : null
  if (!before && !after) return doc
  const [b, a] = await resolveArticleFacts(req, [before, after])
  await invalidatePages(req, articleTarget(b ?? null, a ?? null))
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook<Article> = async ({
  doc,
  req,
}) => {
  if (doc._status !== 'published') return doc
  const [before] = await resolveArticleFacts(req, [doc])
  await invalidatePages(req, articleTarget(before ?? null, null))
  return doc
}
