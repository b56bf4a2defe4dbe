/**
 * The standing pages (Giới thiệu and below) as a tree, built from the published pages alone, so
 * that URLs, breadcrumbs and menus never depend on a draft. Pure: the site's data layer loads the
 * published pages (tens, not thousands) and asks these functions for paths and crumbs.
 *
 * - The page whose slug is ROOT_PAGE_SLUG is the section's root, served at /gioi-thieu; its own
 *   slug never appears in paths, and it has no parent whatever its record says.
 * - Every other page lives at /gioi-thieu/<ancestors' slugs>/<slug>. A parent that is not
 *   published (or missing, or part of a cycle) is skipped: the page hangs from the nearest
 *   published ancestor, so publishing a child first never exposes its unpublished parent.
 */
export const ROOT_PAGE_SLUG = 'gioi-thieu'
export const PAGES_BASE = '/gioi-thieu'
/** Deeper chains are cut here (guards against bad data, and keeps URLs readable). */
export const MAX_PAGE_DEPTH = 6

export interface PageNode {
  id: string
  title: string
  slug: string
  parent: string | null
  order: number
}

export interface PageTree {
  root: PageNode | null
  byId: Map<string, PageNode>
  /** Published ancestors of each page, nearest last (the root page excluded). */
  ancestors: Map<string, PageNode[]>
  /** Children in order (ties by title); key '' holds the top level (the root page's children). */
  children: Map<string, PageNode[]>
  /** Canonical path of each page, and the page at each path. */
  pathOf: Map<string, string>
  byPath: Map<string, PageNode>
}

const byOrder = (a: PageNode, b: PageNode) =>
  a.order - b.order || a.title.localeCompare(b.title, 'vi')

export function buildPageTree(pages: PageNode[]): PageTree {
  const byId = new Map(pages.filter((p) => p.slug).map((p) => [p.id, p]))
  const root = [...byId.values()].find((p) => p.slug === ROOT_PAGE_SLUG) ?? null
  const ancestors = new Map<string, PageNode[]>()
  const chainOf = (page: PageNode): PageNode[] => {
    const known = ancestors.get(page.id)
    if (known) return known
    const chain: PageNode[] = []
    const seen = new Set([page.id])
    let next = page === root ? null : page.parent
    while (next && chain.length < MAX_PAGE_DEPTH) {
      const parent = byId.get(next)
      if (!parent || seen.has(parent.id)) break
      seen.add(parent.id)
      if (parent === root) break
      chain.unshift(parent)
      next = parent.parent
    }
    ancestors.set(page.id, chain)
    return chain
  }
  const children = new Map<string, PageNode[]>()
  const pathOf = new Map<string, string>()
  const byPath = new Map<string, PageNode>()
  for (const page of byId.values()) {
    const chain = chainOf(page)
    if (page !== root) {
      const key = chain[chain.length - 1]?.id ?? ''
      children.set(key, [...(children.get(key) ?? []), page])
    }
    const path =
      page === root ? PAGES_BASE : `${PAGES_BASE}/${[...chain, page].map((p) => p.slug).join('/')}`
    pathOf.set(page.id, path)
    byPath.set(path, page)
  }
  for (const list of children.values()) list.sort(byOrder)
  return { root, byId, ancestors, children, pathOf, byPath }
}

/** Children of a page (the top level for the root page). */
export function childrenOf(tree: PageTree, page: PageNode): PageNode[] {
  return tree.children.get(page === tree.root ? '' : page.id) ?? []
}

export type PageLookup =
  { kind: 'page'; page: PageNode } | { kind: 'moved'; to: string } | { kind: 'missing' }

/**
 * The page at `/gioi-thieu/<segments>`. A known slug under the wrong parents (the page was moved,
 * or a link was typed by hand) answers with its canonical path; anything else is missing.
 */
export function findPage(tree: PageTree, segments: string[]): PageLookup {
  const path = segments.length ? `${PAGES_BASE}/${segments.join('/')}` : PAGES_BASE
  const page = tree.byPath.get(path)
  if (page) return { kind: 'page', page }
  const last = segments[segments.length - 1]
  if (!last || segments.length > MAX_PAGE_DEPTH + 1) return { kind: 'missing' }
  const moved = [...tree.byId.values()].find((p) => p.slug === last && p !== tree.root)
  const to = moved ? tree.pathOf.get(moved.id) : undefined
  return to ? { kind: 'moved', to } : { kind: 'missing' }
}

export interface PageCrumb {
  label: string
  href?: string
}

/** Trang chủ › root page › ancestors › the page (the last without a link). */
export function pageCrumbs(tree: PageTree, page: PageNode): PageCrumb[] {
  const crumbs: PageCrumb[] = [{ label: 'Trang chủ', href: '/' }]
  const chain =
    page === tree.root ? [] : [...(tree.root ? [tree.root] : []), ...chainOf(tree, page)]
  for (const p of chain) crumbs.push({ label: p.title, href: tree.pathOf.get(p.id) })
  crumbs.push({ label: page.title })
  return crumbs
}

const chainOf = (tree: PageTree, page: PageNode): PageNode[] => tree.ancestors.get(page.id) ?? []
