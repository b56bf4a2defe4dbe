import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idsOf } from '@/collections/Media/public-use'

/**
 * What the stored (main) article held before this save: whether it was published, and the
 * media, tags and authors it used. The public-use flags of media, tags and authors follow only
 * the stored article (a draft saved on top changes nothing the public sees), and after a publish
 * or an edit its old references are gone, so they are read here, once for every flag. The page
 * cache uses the same record to find where the article was listed before (old slug, categories,
 * credits), since `previousDoc` may be a draft saved on top of the published article.
 */
export interface StoredArticle {
  published: boolean
  mediaRefs: string[]
  tags: string[]
  authors: string[]
  slug: string | null
  kind: string | null
  categories: string[]
  photoCredits: string[]
  /** Readers' comments closed on the stored article (close-comments-at-once.ts). */
  commentsClosed: boolean
}

const key = (id: unknown) => `storedArticleBefore:${String(id)}`

export const rememberStoredArticle: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const stored = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc.id as string,
    select: {
      mediaRefs: true,
      tags: true,
      authors: true,
      _status: true,
      slug: true,
      kind: true,
      categories: true,
      photoCredits: true,
      commentsClosed: true,
    },
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (stored) {
    req.context[key(originalDoc.id)] = {
      published: stored._status === 'published',
      mediaRefs: idsOf(stored.mediaRefs),
      tags: idsOf(stored.tags),
      authors: idsOf(stored.authors),
      slug: stored.slug ?? null,
      kind: stored.kind ?? null,
      categories: idsOf(stored.categories),
      photoCredits: stored.photoCredits ?? [],
      commentsClosed: stored.commentsClosed === true,
    } satisfies StoredArticle
  }
  return data
}

/** The stored article remembered for `id` in this request, if the save was an update. */
export function storedArticle(req: PayloadRequest, id: unknown): StoredArticle | undefined {
  return req.context[key(id)] as StoredArticle | undefined
}
