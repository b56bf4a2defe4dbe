import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Stamps the first publication once and never clears it, so "never published" survives an
 * unpublish: reporters may edit only articles without this stamp. Only this hook sets it
 * (field access refuses it from clients); the value is carried from the stored record.
 */
export const setFirstPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const previous = (originalDoc as { firstPublishedAt?: string | null } | undefined)
    ?.firstPublishedAt
  const firstPublishedAt =
    previous ?? (data._status === 'published' ? new Date().toISOString() : null)
  return { ...data, firstPublishedAt }
}
