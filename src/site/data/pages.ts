/**
 * Standing pages as readers see them: the tree of published pages (memoised per content
 * version, a portal has tens of them) and one published page with its blocks. Drafts never
 * reach here: the queries ask for published pages with the reader's (anonymous) access.
 */
import { cache } from 'react'

import type { Page } from '@/payload-types'
import { memoByVersion } from '@/site/cache/memo'
import { buildPageTree, type PageNode, type PageTree } from '@/site/pages/tree'

import { and, payloadClient, PUBLISHED } from './client'

const MAX_PAGES = 500

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

export function getPageTree(): Promise<PageTree> {
  return memoByVersion('pages', async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      where: PUBLISHED,
      select: { title: true, slug: true, parent: true, order: true },
      sort: 'order',
      depth: 0,
      limit: MAX_PAGES,
      pagination: false,
      overrideAccess: false,
    })
    const nodes: PageNode[] = docs.map((p) => ({
      id: p.id,
      title: p.title,
      slug: p.slug ?? '',
      parent: idOf(p.parent),
      order: p.order ?? 100,
    }))
    return buildPageTree(nodes)
  })
}

/** One published page with its layout (depth 2 reaches photos inside its text blocks). */
export const getPublishedPage = cache(async (id: string): Promise<Page | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: and(PUBLISHED, { id: { equals: id } }),
    depth: 2,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
})
