import type { Where } from 'payload'
import { cache } from 'react'

import type { Article } from '@/payload-types'
import { previewUser } from '@/site/preview'

import { type CardArticle, listCards, notIn } from './cards'
import { and, payloadClient, PUBLISHED } from './client'

/**
 * One article with everything the page shows (depth 2 reaches media inside body blocks). In an
 * editor's preview the newest draft is read with that editor's own permissions, so a preview
 * link leaks nothing to someone who is not signed in.
 */
export const getArticle = cache(async (slug: string, preview = false): Promise<Article | null> => {
  const payload = await payloadClient()
  const user = preview ? await previewUser() : null
  const { docs } = await payload.find({
    collection: 'articles',
    where: user ? { slug: { equals: slug } } : and(PUBLISHED, { slug: { equals: slug } }),
    depth: 2,
    limit: 1,
    draft: Boolean(user),
    overrideAccess: false,
    user: user ?? undefined,
  })
  return docs[0] ?? null
})

const idsOf = (values: Array<string | { id: string }> | null | undefined): string[] =>
  (values ?? []).map((v) => (typeof v === 'string' ? v : v.id))

/** The categories and tags whose newest articles fill an article's related list. */
export const relatedSourceIds = (article: Article): string[] => [
  ...idsOf(article.categories),
  ...idsOf(article.tags),
]

/** "Tin liên quan": the editor's picks first, then the newest sharing a category or a tag. */
export async function relatedArticles(article: Article, limit = 6): Promise<CardArticle[]> {
  const picked = (article.relatedArticles ?? []).filter(
    (a): a is Article => typeof a === 'object' && a._status === 'published',
  )
  const picks: CardArticle[] = picked.slice(0, limit)
  if (picks.length >= limit) return picks
  const categories = idsOf(article.categories)
  const tags = idsOf(article.tags)
  if (categories.length === 0 && tags.length === 0) return picks
  const shared: Where[] = []
  if (categories.length) shared.push({ categories: { in: categories } })
  if (tags.length) shared.push({ tags: { in: tags } })
  const { docs } = await listCards({
    where: and(notIn([article.id, ...picks.map((p) => p.id)]), { or: shared }),
    limit: limit - picks.length,
    pagination: false,
  })
  return [...picks, ...docs]
}
