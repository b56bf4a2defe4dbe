import type { CollectionBeforeValidateHook } from 'payload'

import { nextFreeSlug, slugify } from '@/lib/slugify'

/**
 * Fills the slug from the title (or cleans a hand-typed one) and keeps it unique by suffixing
 * -2, -3 …, so editors never meet a database uniqueness error for a common headline.
 */
export const generateSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const source = (data.slug as string | undefined) || (originalDoc?.slug as string | undefined)
  const base = slugify(source || (data.title as string | undefined) || '')
  if (!base) return data
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { slug: { like: base } },
    select: { slug: true },
    limit: 500,
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(
    docs.filter((doc) => doc.id !== originalDoc?.id).map((doc) => doc.slug as string),
  )
  return { ...data, slug: nextFreeSlug(base, taken) }
}
