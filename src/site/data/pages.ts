/**
 * Standing pages as readers see them: the tree of published pages (memoised per content
 * version, a portal has tens of them) and one published page with its blocks. Drafts reach here
 * only in a staff member's preview (`preview` set to the signed-in staff user by the page route):
 * then every page's newest draft is read with that person's own permissions, never memoised.
 */
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { relationId } from '@/lib/relation-id'
import type { Page } from '@/payload-types'
import { memoByVersion } from '@/site/cache/memo'
import { buildPageTree, type PageNode, type PageTree } from '@/site/pages/tree'

import { and, payloadClient, PUBLISHED } from './client'

const MAX_PAGES = 500

async function loadPageTree(preview: TypedUser | null): Promise<PageTree> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: preview ? undefined : PUBLISHED,
    select: { title: true, slug: true, parent: true, order: true },
    sort: 'order',
    depth: 0,
    limit: MAX_PAGES,
    pagination: false,
    draft: Boolean(preview),
    overrideAccess: false,
    user: preview ?? undefined,
  })
  const nodes: PageNode[] = docs.map((p) => ({
    id: p.id,
    title: p.title,
    slug: p.slug ?? '',
    parent: relationId(p.parent),
    order: p.order ?? 100,
  }))
  return buildPageTree(nodes)
}

/**
 * The page tree. In a preview it is built from the newest drafts, so a page not yet published
 * has its future address and trail (the section as it will be once the drafts are published).
 */
export function getPageTree(preview: TypedUser | null = null): Promise<PageTree> {
  if (preview) return loadPageTree(preview)
  return memoByVersion('pages', () => loadPageTree(null))
}

/**
 * One page with its layout (depth 2 reaches photos inside its text blocks): the published one,
 * or in a preview the newest draft, read as the staff member previewing it.
 */
export const getStandingPage = cache(
  async (id: string, preview: TypedUser | null = null): Promise<Page | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      where: preview ? { id: { equals: id } } : and(PUBLISHED, { id: { equals: id } }),
      depth: 2,
      limit: 1,
      draft: Boolean(preview),
      overrideAccess: false,
      user: preview ?? undefined,
    })
    return docs[0] ?? null
  },
)
