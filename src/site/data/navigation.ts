/**
 * The header and footer menus as links (@/site/navigation/resolve), memoised per content
 * version. Targets are what readers may see: every category, published pages at their paths.
 * An empty header menu falls back to the top-level categories, then the document library and
 * the schedule (the portal's menu before the `navigation` global existed).
 */
import { relationId } from '@/lib/relation-id'
import type { Category } from '@/payload-types'
import { memoByVersion } from '@/site/cache/memo'
import {
  DEFAULT_LABELS,
  type NavEntry,
  type NavTargets,
  resolveNav,
} from '@/site/navigation/resolve'
import { urls } from '@/site/urls'

import { payloadClient } from './client'
import { getPageTree } from './pages'
import { getCategories } from './site'

export interface Menus {
  header: NavEntry[]
  footer: NavEntry[]
}

async function targets(): Promise<NavTargets> {
  const [categories, tree] = await Promise.all([getCategories(), getPageTree()])
  return {
    categories: new Map(categories.map((c) => [c.id, c])),
    pages: new Map(
      [...tree.byId.values()].map((p) => [
        p.id,
        { title: p.title, path: tree.pathOf.get(p.id) ?? '' },
      ]),
    ),
  }
}

export function getMenus(): Promise<Menus> {
  return memoByVersion('menus', async () => {
    const payload = await payloadClient()
    const [nav, resolved, categories] = await Promise.all([
      payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false }),
      targets(),
      getCategories(),
    ])
    const header = resolveNav(nav.header, resolved)
    const footer = resolveNav(nav.footer, resolved)
    if (header.length > 0) return { header, footer }
    const fallback: NavEntry[] = categories
      .filter((c) => !c.parent && c.slug)
      .map((c) => ({ label: c.title, href: urls.category(c.slug ?? ''), children: [] }))
    fallback.push(
      { label: DEFAULT_LABELS.documents, href: urls.documents(), children: [] },
      { label: DEFAULT_LABELS.schedule, href: urls.schedule(), children: [] },
    )
    return { header: fallback, footer }
  })
}

/**
 * The categories the header menu names (items and sub-items, in menu order), for the home
 * page's block per menu category; the top-level categories when the menu names none.
 */
export function getMenuCategories(): Promise<Category[]> {
  return memoByVersion('menu-categories', async () => {
    const payload = await payloadClient()
    const [nav, all] = await Promise.all([
      payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false }),
      getCategories(),
    ])
    const ids: string[] = []
    for (const item of nav.header ?? [])
      for (const entry of [item, ...(item.children ?? [])])
        if (entry.kind === 'category') {
          const id = relationId(entry.category)
          if (id && !ids.includes(id)) ids.push(id)
        }
    const picked = ids.map((id) => all.find((c) => c.id === id)).filter((c): c is Category => !!c)
    return picked.length > 0 ? picked : all.filter((c) => !c.parent)
  })
}
