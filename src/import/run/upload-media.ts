import type { Payload } from 'payload'

import type { LocalImage } from './local-images'

export interface PhotoText {
  caption: string
  credit?: string
}

/**
 * The media id for a local image: the one stored by an earlier import when its content-named
 * file exists, else a new upload carrying the caption, credit and alt text. Upload validation
 * (type by content, size, pixels, decodability) applies exactly as for editors.
 */
export async function ensureMedia(
  payload: Payload,
  image: LocalImage,
  text: PhotoText,
): Promise<string> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: image.uploadName } },
    limit: 1,
    depth: 0,
    select: { filename: true },
    overrideAccess: true,
  })
  const existing = docs[0]
  if (existing) return existing.id
  const alt = (text.caption || 'Ảnh minh họa').slice(0, 300)
  const created = await payload.create({
    collection: 'media',
    data: { alt, caption: text.caption || null, credit: text.credit ?? null },
    file: {
      data: image.bytes,
      mimetype: image.mimetype,
      name: image.uploadName,
      size: image.bytes.length,
    },
    overrideAccess: true,
  })
  return created.id
}
