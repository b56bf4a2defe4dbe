import type { CollectionBeforeChangeHook } from 'payload'

/** A published article always has a publication date; editors may set an earlier one by hand. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
