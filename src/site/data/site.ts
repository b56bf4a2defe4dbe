import type { Category, Site } from '@/payload-types'
import { memoByVersion } from '@/site/cache/memo'

import { payloadClient } from './client'

export function getSite(): Promise<Site> {
  return memoByVersion('site', async () => {
    const payload = await payloadClient()
    return payload.findGlobal({ slug: 'site', depth: 1, overrideAccess: false })
  })
}

/** All categories (a portal has tens, not thousands), ordered as editors arranged them. */
export function getCategories(): Promise<Category[]> {
  return memoByVersion('categories', async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      depth: 0,
      limit: 500,
      pagination: false,
      sort: 'order',
      overrideAccess: false,
    })
    return docs
  })
}

const parentId = (c: Category): string | null =>
  typeof c.parent === 'string' ? c.parent : (c.parent?.id ?? null)

export function childrenOf(all: Category[], id: string): Category[] {
  return all.filter((c) => parentId(c) === id)
}

/** The category and every category below it, for listings that include sub-categories. */
export function descendantIds(all: Category[], id: string): string[] {
  const ids = [id]
  for (let i = 0; i < ids.length; i++) {
    for (const child of childrenOf(all, ids[i] as string)) {
      if (!ids.includes(child.id)) ids.push(child.id)
    }
  }
  return ids
}

/** Root-first chain of ancestors, for breadcrumbs. Guarded against accidental cycles. */
export function ancestry(all: Category[], category: Category): Category[] {
  const chain: Category[] = [category]
  let current: Category | undefined = category
  while (current && chain.length < 10) {
    const pid = parentId(current)
    current = pid ? all.find((c) => c.id === pid) : undefined
    if (current && !chain.includes(current)) chain.unshift(current)
    else break
  }
  return chain
}
