import { cache } from 'react'

import { PUBLIC_USE } from '@/access/public-use'
import type { Author, Category, Tag } from '@/payload-types'

import { and, payloadClient } from './client'
import { getCategories } from './site'

export const getCategoryBySlug = cache(async (slug: string): Promise<Category | null> => {
  const all = await getCategories()
  return all.find((c) => c.slug === slug) ?? null
})

/**
 * Tags and authors get a public page only once a published article uses them: a record that
 * exists only for drafts (or was created and never used) answers 404 and stays out of sitemaps.
 * The articles' hooks keep that fact as the `publicUse` flag, which the read access checks too.
 */
export const getTagBySlug = cache(async (slug: string): Promise<Tag | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'tags',
    where: and(PUBLIC_USE, { slug: { equals: slug } }),
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
    where: and(PUBLIC_USE, { slug: { equals: slug } }),
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
})
