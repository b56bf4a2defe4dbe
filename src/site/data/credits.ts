import type { Media } from '@/payload-types'
import { slugify } from '@/lib/slugify'

import { isRoot, obj, str, type LexNode } from '@/site/lexical/nodes'
import { payloadClient, PUBLISHED } from './client'

export interface CreditPhoto {
  media: Media
  caption: string
  article: { title: string; slug: string } | null
}

interface Use {
  mediaId: string
  caption: string
  credit: string
  article: { title: string; slug: string }
}

const idOf = (value: unknown): string => (typeof value === 'string' ? value : str(obj(value).id))

/** Photo and gallery blocks of one body, with the credit and caption typed in the block. */
function photoUses(body: unknown, article: Use['article']): Use[] {
  const uses: Use[] = []
  const walk = (nodes: LexNode[] | undefined) => {
    for (const node of nodes ?? []) {
      const fields = obj(node.fields)
      if (node.type === 'block' && fields.blockType === 'photo') {
        uses.push({
          mediaId: idOf(fields.media),
          caption: str(fields.caption),
          credit: str(fields.credit),
          article,
        })
      } else if (
        node.type === 'block' &&
        fields.blockType === 'gallery' &&
        Array.isArray(fields.images)
      ) {
        for (const image of fields.images.map(obj)) {
          uses.push({
            mediaId: idOf(image.media),
            caption: str(image.caption),
            credit: str(image.credit),
            article,
          })
        }
      }
      walk(node.children)
    }
  }
  if (isRoot(body)) walk(body.root.children as LexNode[])
  return uses.filter((u) => u.mediaId)
}

/**
 * Every published photo by one photographer: credits typed on photo blocks and credits stored
 * on the media record. A credit page is addressed by the slug of the name ("Thu Hà" → thu-ha).
 */
export async function photosByCredit(
  creditSlug: string,
): Promise<{ name: string; photos: CreditPhoto[] }> {
  const payload = await payloadClient()
  const articles = await payload.find({
    collection: 'articles',
    where: PUBLISHED,
    select: { title: true, slug: true, body: true },
    depth: 0,
    limit: 2000,
    sort: '-publishedAt',
    overrideAccess: false,
  })
  const uses = articles.docs.flatMap((a) =>
    a.slug ? photoUses(a.body, { title: a.title, slug: a.slug }) : [],
  )
  const media = await payload.find({
    collection: 'media',
    where: {
      or: [{ credit: { exists: true } }, { id: { in: [...new Set(uses.map((u) => u.mediaId))] } }],
    },
    depth: 0,
    limit: 5000,
    overrideAccess: false,
  })
  const byId = new Map(media.docs.map((m) => [m.id, m]))
  const photos: CreditPhoto[] = []
  const seen = new Set<string>()
  let name = ''
  for (const use of uses) {
    const item = byId.get(use.mediaId)
    const credit = use.credit || item?.credit || ''
    if (!item || slugify(credit) !== creditSlug || seen.has(`${item.id}/${use.article.slug}`))
      continue
    seen.add(`${item.id}/${use.article.slug}`)
    seen.add(item.id)
    name ||= credit
    photos.push({ media: item, caption: use.caption || item.caption || '', article: use.article })
  }
  for (const item of media.docs) {
    if (seen.has(item.id) || !item.credit || slugify(item.credit) !== creditSlug) continue
    if (!item.mimeType?.startsWith('image/')) continue
    name ||= item.credit
    photos.push({ media: item, caption: item.caption ?? '', article: null })
  }
  return { name, photos }
}
