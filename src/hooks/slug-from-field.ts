import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '@/lib/slugify'

/** Slug for small lookup collections (authors, categories, tags): typed or derived from a field. */
export const slugFromField =
  (field: string): CollectionBeforeValidateHook =>
  ({ data }) => {
    if (!data) return data
    const source = (data.slug as string | undefined) || (data[field] as string | undefined) || ''
    const slug = slugify(source)
    return slug ? { ...data, slug } : data
  }
