import type { Metadata } from 'next'

import type { Article, Media } from '@/payload-types'
import { absoluteUrl } from '@/site/env'
import { asMedia, sizeOf } from '@/site/media'
import { urls } from '@/site/urls'

/** The 1200×630 crop for Open Graph and Twitter cards: SEO image, else the cover. */
export function shareImage(
  article: Article,
): { url: string; width: number; height: number; alt: string } | null {
  const media: Media | null = asMedia(article.meta?.image) ?? asMedia(article.coverImage)
  if (!media) return null
  const og = sizeOf(media, 'og') ?? sizeOf(media, 'full')
  return og ? { ...og, url: absoluteUrl(og.url), alt: media.alt ?? article.title } : null
}

export function articleDescription(article: Article): string {
  return (article.meta?.description || article.sapo || '').slice(0, 300)
}

export function articleMetadata(article: Article): Metadata {
  const canonical = absoluteUrl(urls.article(article.slug ?? ''))
  const title = article.meta?.title || article.title
  const description = articleDescription(article)
  const image = shareImage(article)
  const images = image ? [image] : undefined
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: {
      type: 'article',
      url: canonical,
      title,
      description,
      images,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: image ? [image.url] : undefined,
    },
  }
}
