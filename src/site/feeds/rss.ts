import type { Category, Site } from '@/payload-types'
import type { CardArticle } from '@/site/data/cards'
import { absoluteUrl } from '@/site/env'
import { asMedia, sizeOf } from '@/site/media'
import { urls } from '@/site/urls'

import { tag, xmlEscape } from './xml'

interface FeedInput {
  site: Site
  articles: CardArticle[]
  category?: Category
}

function item(article: CardArticle): string {
  const link = absoluteUrl(urls.article(article.slug ?? ''))
  const cover = asMedia(article.coverImage)
  const card = cover ? sizeOf(cover, 'card') : null
  const categories = (article.categories ?? [])
    .map((c) => (typeof c === 'object' && c ? tag('category', c.title) : ''))
    .join('')
  return [
    '<item>',
    tag('title', article.title),
    tag('link', link),
    `<guid isPermaLink="true">${xmlEscape(link)}</guid>`,
    article.publishedAt ? tag('pubDate', new Date(article.publishedAt).toUTCString()) : '',
    tag('description', article.sapo ?? ''),
    categories,
    card && cover
      ? `<enclosure url="${xmlEscape(absoluteUrl(card.url))}" type="image/webp" length="${cover.sizes?.card?.filesize ?? 0}"/>`
      : '',
    '</item>',
  ].join('')
}

/** RSS 2.0 for the whole site or one category. */
export function rssFeed({ site, articles, category }: FeedInput): string {
  const self = absoluteUrl(category?.slug ? urls.categoryFeed(category.slug) : urls.feed())
  const link = absoluteUrl(category?.slug ? urls.category(category.slug) : urls.home())
  const title = category ? `${category.title} – ${site.name}` : site.name
  const newest = articles[0]?.publishedAt
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    tag('title', title),
    tag('link', link),
    tag('description', category?.description || site.tagline || site.name),
    '<language>vi</language>',
    newest ? tag('lastBuildDate', new Date(newest).toUTCString()) : '',
    `<atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>`,
    ...articles.map(item),
    '</channel>',
    '</rss>',
  ].join('\n')
}
