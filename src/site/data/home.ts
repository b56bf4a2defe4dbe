import type { Category } from '@/payload-types'

import { type CardArticle, listCards, notIn } from './cards'
import { getMenuCategories } from './navigation'
import { descendantIds, getCategories } from './site'

export interface HomeData {
  lead: CardArticle | null
  latest: CardArticle[]
  sections: Array<{ category: Category; articles: CardArticle[] }>
  documents: CardArticle[]
  photos: CardArticle[]
}

export async function getHomeData(): Promise<HomeData> {
  const featured = await listCards({
    where: { featured: { equals: true } },
    limit: 1,
    pagination: false,
  })
  const lead = featured.docs[0] ?? null
  const [latest, documents, photos, nav, all] = await Promise.all([
    listCards({
      where: notIn(lead ? [lead.id] : []) ?? undefined,
      limit: lead ? 6 : 7,
      pagination: false,
    }),
    listCards({ where: { kind: { equals: 'document' } }, limit: 5, pagination: false }),
    listCards({ where: { kind: { equals: 'photo' } }, limit: 4, pagination: false }),
    getMenuCategories(),
    getCategories(),
  ])
  const top = lead ?? latest.docs[0] ?? null
  const rest = lead ? latest.docs : latest.docs.slice(1)
  const shown = nav.filter((c) => c.showOnHome !== false)
  const sections = await Promise.all(
    shown.map(async (category) => ({
      category,
      articles: (
        await listCards({
          where: { categories: { in: descendantIds(all, category.id) } },
          limit: 4,
          pagination: false,
        })
      ).docs,
    })),
  )
  return {
    lead: top,
    latest: rest,
    sections: sections.filter((s) => s.articles.length > 0),
    documents: documents.docs,
    photos: photos.docs,
  }
}
