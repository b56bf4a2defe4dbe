import type { ParsedArticle } from '@/import/parse/types'

import type { LocalImage } from './local-images'
import type { ArticlePreview } from './types'

/** The parsed article as a dry run prints it: what would be written, nothing internal. */
export function toPreview(
  parsed: ParsedArticle,
  images: ReadonlyMap<number, LocalImage> = new Map(),
): ArticlePreview {
  return {
    title: parsed.title,
    kind: parsed.kind,
    category: parsed.category,
    publishedAt: parsed.publishedAt,
    sapo: parsed.sapo,
    authors: parsed.authors,
    source: parsed.source,
    photos: parsed.photos.map((p) => ({
      caption: p.caption,
      credit: p.credit,
      src: p.src,
      file: images.get(p.position)?.file,
    })),
    interview: parsed.interview,
    document: parsed.document,
    bodyText: parsed.bodyText,
    encoding: parsed.encoding,
    fingerprint: parsed.fingerprint,
  }
}
