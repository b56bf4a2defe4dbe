import type { Article, Author, Site } from '@/payload-types'
import { absoluteUrl, siteOrigin } from '@/site/env'
import { asMedia, sizeOf } from '@/site/media'
import { urls } from '@/site/urls'

import { articleDescription, shareImage } from './article-meta'

/** schema.org NewsArticle, as search engines read it for news results. */
export function newsArticleJsonLd(article: Article, site: Site): Record<string, unknown> {
  const image = shareImage(article)
  const authors = (article.authors ?? []).filter(
    (a): a is Author => typeof a === 'object' && a !== null,
  )
  const logo = asMedia(site.logo)
  const logoSize = logo ? (sizeOf(logo, 'thumbnail') ?? null) : null
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(urls.article(article.slug ?? '')) },
    headline: article.title.slice(0, 110),
    description: articleDescription(article),
    image: image ? [image.url] : undefined,
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    inLanguage: 'vi',
    author:
      authors.length > 0
        ? authors.map((a) => ({
            '@type': 'Person',
            name: a.name,
            url: a.slug ? absoluteUrl(urls.author(a.slug)) : undefined,
          }))
        : [{ '@type': 'Organization', name: site.name, url: siteOrigin() }],
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: siteOrigin(),
      logo: logoSize
        ? { '@type': 'ImageObject', url: absoluteUrl(logoSize.url) }
        : { '@type': 'ImageObject', url: absoluteUrl('/favicon.svg') },
    },
  }
}

/** JSON inside <script> must not be able to close the tag. */
export const jsonLdHtml = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c')

/** schema.org BreadcrumbList for a page's trail (the last crumb is the page itself). */
export function breadcrumbJsonLd(
  crumbs: Array<{ label: string; href?: string }>,
  currentPath: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href ?? currentPath),
    })),
  }
}
