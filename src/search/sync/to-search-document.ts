import type { Article, Author, Category, Media, Tag } from '@/payload-types'
import type { SearchDocument } from '@/search/types'

import { lexicalText } from './lexical-text'

const populated = <T extends object>(values: (string | T | null)[] | null | undefined): T[] =>
  (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)

export const articleUrl = (slug: string) => `/bai-viet/${slug}`

/** A relationship as the index reads it: an id (unresolved) or the fields it uses. */
type Rel<T> = string | T

/**
 * The fields of an article the index reads. A depth-1 `Article` is one; so is a depth-0 read of
 * these fields with the relationships filled in by populate-for-index.ts (the rebuild source).
 */
export interface IndexableArticle extends Pick<
  Article,
  'id' | 'title' | 'sapo' | 'body' | 'kind' | 'publishedAt' | 'createdAt' | 'updatedAt' | 'slug'
> {
  coverImage?: Rel<Pick<Media, 'id' | 'caption' | 'credit'>> | null
  authors?: Rel<Pick<Author, 'id' | 'name'>>[] | null
  categories?: Rel<Pick<Category, 'id' | 'slug'>>[] | null
  tags?: Rel<Pick<Tag, 'id' | 'name'>>[] | null
  document?: Pick<NonNullable<Article['document']>, 'number' | 'issuingBody' | 'signer'>
}

/**
 * Flattens a published article (fetched at depth ≥ 1, or at depth 0 and filled in by
 * populate-for-index.ts) into what the engines index: captions and photo credits from the body
 * and the cover, bylines, and document metadata are all searchable.
 */
export function toSearchDocument(article: IndexableArticle): SearchDocument {
  const body = lexicalText(article.body)
  const cover = typeof article.coverImage === 'object' ? article.coverImage : null
  const captions = [...body.captions]
  const credits = [...body.credits]
  if (cover?.caption && !captions.includes(cover.caption)) captions.push(cover.caption)
  if (cover?.credit && !credits.includes(cover.credit)) credits.push(cover.credit)
  const doc = article.kind === 'document' ? article.document : undefined
  return {
    id: article.id,
    slug: article.slug ?? article.id,
    url: articleUrl(article.slug ?? article.id),
    title: article.title,
    sapo: article.sapo ?? '',
    body: body.text,
    captions,
    credits: [...new Set(credits)],
    authors: populated(article.authors).map((a) => a.name),
    kind: article.kind,
    categories: populated(article.categories).map((c) => c.slug ?? c.id),
    tags: populated(article.tags).map((t) => t.name),
    publishedAt: article.publishedAt ?? article.createdAt,
    docNumber: doc?.number ?? undefined,
    issuingBody: doc?.issuingBody ?? undefined,
    signer: doc?.signer ?? undefined,
    updatedAt: article.updatedAt,
  }
}

/**
 * Media ids an article shows: cover, share image, body photos and galleries, a document's PDF.
 * A caption edit reindexes it; what a published article shows is what the public may read.
 */
export function mediaIdsOf(
  article: Partial<Pick<Article, 'body' | 'coverImage' | 'meta' | 'document'>>,
): string[] {
  const ids = lexicalText(article.body).mediaIds
  for (const ref of [article.coverImage, article.meta?.image, article.document?.attachment]) {
    if (ref) ids.push(typeof ref === 'string' ? ref : ref.id)
  }
  return [...new Set(ids)]
}
