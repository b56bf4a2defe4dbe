import { cache } from 'react'

import type { Author, Category, Tag } from '@/payload-types'

import { and, payloadClient, PUBLISHED } from './client'
import { getCategories } from './site'

export const getCategoryBySlug = cache(async (slug: string): Promise<Category | null> => {
  const all = await getCategories()
  return all.find((c) => c.slug === slug) ?? null
})

/**
 * Tags and authors get a public page only once a published article uses them: a record that
 * exists only for drafts (or was created and never used) answers 404 and stays out of sitemaps.
 */
async function usedByPublished(field: 'tags' | 'authors', id: string): Promise<boolean> {
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: and(PUBLISHED, { [field]: { in: [id] } }),
    overrideAccess: false,
  })
  return totalDocs > 0
}

export const getTagBySlug = cache(async (slug: string): Promise<Tag | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'tags',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const tag = docs[0]
  return tag && (await usedByPublished('tags', tag.id)) ? tag : null
})

export const getAuthorBySlug = cache(async (slug: string): Promise<Author | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'authors',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  const author = docs[0]
  return author && (await usedByPublished('authors', author.id)) ? author : null
})
