import type { CollectionBeforeValidateHook } from 'payload'

/** Alt text is required for images; the caption is a good default when the editor left it out. */
export const defaultAlt: CollectionBeforeValidateHook = ({ data }) => {
  if (data && !data.alt && typeof data.caption === 'string' && data.caption.trim()) {
    return { ...data, alt: data.caption.trim().slice(0, 300) }
  }
  return data
}
