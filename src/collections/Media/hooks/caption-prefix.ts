import type { CollectionBeforeValidateHook } from 'payload'

/**
 * Bulk upload (Payload's "Edit many" over the files being added) sets one value for every
 * photo: the credit directly, and a caption prefix ("Hội nghị sơ kết 6 tháng —") through the
 * virtual `captionPrefix` field, which this hook puts in front of each photo's own caption on
 * create. Captions stay per photo and editable afterwards; the prefix is not stored.
 */
export function withCaptionPrefix(prefix: unknown, caption: unknown): string | undefined {
  const head = typeof prefix === 'string' ? prefix.trim() : ''
  const tail = typeof caption === 'string' ? caption.trim() : ''
  if (!head) return typeof caption === 'string' ? caption : undefined
  if (tail.startsWith(head)) return tail
  return tail ? `${head} ${tail}` : head
}

export const applyCaptionPrefix: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (!data || operation !== 'create' || !('captionPrefix' in data)) return data
  const { captionPrefix, ...rest } = data as Record<string, unknown>
  const caption = withCaptionPrefix(captionPrefix, rest.caption)
  return caption === undefined ? rest : { ...rest, caption }
}
