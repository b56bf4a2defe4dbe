import { cache } from 'react'

import type { Author, Category, Tag } from '@/payload-types'

import { payloadClient } from './client'
import { getCategories } from './site'

export const getCategoryBySlug = cache(async (slug: string): Promise<Category | null> => {
  const all = await getCategories()
  return all.find((c) => c.slug === slug) ?? null
})

export const getTagBySlug = cache(async (slug: string): Promise<Tag | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'tags',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
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
  return docs[0] ?? null
})
