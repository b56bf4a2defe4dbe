import { asBodyBlock } from '@/blocks/types'
import { slugify } from '@/lib/slugify'
import type { PhotoBlock } from '@/payload-types'

/**
 * The photos an article shows (photo and gallery blocks of the body, and the cover), with the
 * caption and credit typed where it is used. Pure, shared by the photo-credit index hook and
 * the photographer pages so both agree on what "uses a photo" means.
 */
export interface PhotoUse {
  mediaId: string
  caption: string
  /** Credit typed on the block; empty means the media record's credit applies. */
  credit: string
}

interface Node {
  type?: unknown
  fields?: unknown
  children?: unknown
}

const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
const idOf = (value: unknown): string => {
  const id = typeof value === 'string' ? value : obj(value).id
  return typeof id === 'string' ? id : ''
}

type PhotoFields = Pick<PhotoBlock, 'media' | 'caption' | 'credit'>

export function photoUses(article: { body?: unknown; coverImage?: unknown }): PhotoUse[] {
  const uses: PhotoUse[] = []
  const use = (fields: PhotoFields) =>
    uses.push({
      mediaId: idOf(fields.media),
      caption: fields.caption ?? '',
      credit: (fields.credit ?? '').trim(),
    })
  const walk = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return
    for (const node of nodes as Node[]) {
      const block = node.type === 'block' ? asBodyBlock(node.fields) : null
      if (block?.blockType === 'photo') use(block)
      if (block?.blockType === 'gallery') for (const image of block.images ?? []) use(image)
      walk(node.children)
    }
  }
  walk(obj(obj(article.body).root).children)
  const cover = idOf(article.coverImage)
  if (cover) uses.push({ mediaId: cover, caption: '', credit: '' })
  return uses.filter((u) => u.mediaId)
}

/** How a credit is addressed (`/anh/<key>`) and indexed: "Thu Hà" → "thu-ha". */
export const creditKey = (credit: string | null | undefined): string =>
  slugify(credit?.trim() ?? '')

/** A use's effective credit: the one typed on the block, else the photo's own. */
export const creditOf = (use: PhotoUse, mediaCredits: Map<string, string>): string =>
  use.credit || mediaCredits.get(use.mediaId) || ''
