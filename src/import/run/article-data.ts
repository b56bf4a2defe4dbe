import type { ParsedArticle } from '@/import/parse/types'
import type { Article } from '@/payload-types'

import { toDocumentData } from './document-data'
import { toLexicalBody } from './lexical-body'

/** Ids and decisions made outside the parser (database lookups, options, the clock). */
export interface ArticleRefs {
  status: 'draft' | 'published'
  authorIds: string[]
  categoryIds: string[]
  /** uploaded media id per photo block (body index) */
  mediaByIndex: ReadonlyMap<number, string>
  sourcePath: string
  digest: string
  /** used when the source has no date: the stored date on update, else now */
  fallbackPublishedAt: string
}

export type ArticleData = Omit<Article, 'id' | 'createdAt' | 'updatedAt'>

/** The first photo that got a picture becomes the cover (card images, social previews). */
export function coverFrom(
  parsed: ParsedArticle,
  media: ReadonlyMap<number, string>,
): string | undefined {
  for (const photo of parsed.photos) {
    const id = media.get(photo.position)
    if (id) return id
  }
  return undefined
}

/** Parsed article + resolved references → the data of `payload.create/update('articles')`. */
export function toArticleData(parsed: ParsedArticle, refs: ArticleRefs): ArticleData {
  const cover = coverFrom(parsed, refs.mediaByIndex)
  return {
    title: parsed.title,
    sapo: parsed.sapo ?? null,
    kind: parsed.kind,
    body: toLexicalBody(parsed.body, refs.mediaByIndex),
    coverImage: cover ?? null,
    ...(parsed.kind === 'document' && parsed.document
      ? { document: toDocumentData(parsed.document) }
      : {}),
    publishedAt: parsed.publishedAt ?? refs.fallbackPublishedAt,
    // Empty lists are left out so an update never clears what an editor assigned by hand.
    ...(refs.authorIds.length ? { authors: refs.authorIds } : {}),
    ...(refs.categoryIds.length ? { categories: refs.categoryIds } : {}),
    source: parsed.source ?? null,
    _status: refs.status,
    import: { sourcePath: refs.sourcePath, fingerprint: parsed.fingerprint, digest: refs.digest },
  }
}
