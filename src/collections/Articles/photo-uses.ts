import { slugify } from '@/lib/slugify'

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
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const idOf = (value: unknown): string => (typeof value === 'string' ? value : str(obj(value).id))

export function photoUses(article: { body?: unknown; coverImage?: unknown }): PhotoUse[] {
  const uses: PhotoUse[] = []
  const use = (fields: Record<string, unknown>) =>
    uses.push({
      mediaId: idOf(fields.media),
      caption: str(fields.caption),
      credit: str(fields.credit).trim(),
    })
  const walk = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return
    for (const node of nodes as Node[]) {
      const fields = obj(node.fields)
      if (node.type === 'block' && fields.blockType === 'photo') use(fields)
      if (node.type === 'block' && fields.blockType === 'gallery' && Array.isArray(fields.images))
        for (const image of fields.images) use(obj(image))
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
