/**
 * Turns the `navigation` global's menu items (header and footer) into links: each item points to
 * a category, a standing page, a filtered view of the document library, the work schedule or
 * an external address. Pure: the data layer passes in what readers may see (categories, the
 * published pages' paths), so an item whose target is missing or unpublished simply drops out,
 * and a menu never links a draft or a dead page.
 */
import { DOCUMENT_TYPES } from '@/collections/Articles/document-types'
import { relationId } from '@/lib/relation-id'
import { urls } from '@/site/urls'

export const NAV_KINDS = ['category', 'page', 'documents', 'schedule', 'external'] as const
export type NavKind = (typeof NAV_KINDS)[number]

/** One item as stored (the generated interfaces of header and footer items both fit). */
export interface NavItemInput {
  label?: string | null
  kind?: string | null
  category?: unknown
  page?: unknown
  docType?: string | null
  docIssuer?: string | null
  docYear?: number | null
  url?: string | null
  children?: NavItemInput[] | null
}

export interface NavLink {
  label: string
  href: string
  external?: boolean
}

export interface NavEntry {
  label: string
  /** Absent for an item that only groups its children (its own target went away). */
  href?: string
  external?: boolean
  children: NavLink[]
}

export interface NavTargets {
  categories: Map<string, { title: string; slug?: string | null }>
  pages: Map<string, { title: string; path: string }>
}

export const DEFAULT_LABELS = {
  documents: 'Thư viện văn bản',
  schedule: 'Lịch công tác',
} as const

/** An address a menu may send readers to: http(s) elsewhere, or a path on this site. */
export function safeMenuUrl(raw: string | null | undefined): string | null {
  const url = (raw ?? '').trim()
  // Browsers drop tabs and newlines anywhere in a URL, so `/<TAB>/evil.example` would be the
  // protocol-relative `//evil.example`: no control characters at all.
  if (/[\u0000-\u001f\u007f]/.test(url)) return null
  if (/^\/(?![/\\])/.test(url)) return url
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null
  } catch {
    return null
  }
}

/** The Vietnamese message for an address the menu cannot hold, or null when it is fine. */
export function menuUrlError(raw: string | null | undefined): string | null {
  if (!raw?.trim()) return 'Nhập địa chỉ liên kết.'
  return safeMenuUrl(raw)
    ? null
    : 'Địa chỉ phải bắt đầu bằng https://, http:// hoặc / (một trang trong cổng).'
}

function documentsHref(item: NavItemInput): string {
  const query = new URLSearchParams()
  if (item.docType && DOCUMENT_TYPES.some((t) => t.value === item.docType))
    query.set('loai', item.docType)
  if (item.docIssuer?.trim()) query.set('co-quan', item.docIssuer.trim())
  if (item.docYear && Number.isInteger(item.docYear)) query.set('nam', String(item.docYear))
  const qs = query.toString()
  return qs ? `${urls.documents()}?${qs}` : urls.documents()
}

/** One item's own link, or null when its target is gone. */
export function resolveLink(item: NavItemInput, targets: NavTargets): NavLink | null {
  const label = item.label?.trim() ?? ''
  switch (item.kind) {
    case 'category': {
      const category = targets.categories.get(relationId(item.category) ?? '')
      if (!category?.slug) return null
      return { label: label || category.title, href: urls.category(category.slug) }
    }
    case 'page': {
      const page = targets.pages.get(relationId(item.page) ?? '')
      return page ? { label: label || page.title, href: page.path } : null
    }
    case 'documents':
      return { label: label || DEFAULT_LABELS.documents, href: documentsHref(item) }
    case 'schedule':
      return { label: label || DEFAULT_LABELS.schedule, href: urls.schedule() }
    case 'external': {
      const href = safeMenuUrl(item.url)
      if (!href) return null
      const external = !href.startsWith('/')
      return { label: label || (external ? new URL(href).hostname : href), href, external }
    }
    default:
      return null
  }
}

/** A two-level menu: items keep their order; an item without a target keeps its children. */
export function resolveNav(
  items: NavItemInput[] | null | undefined,
  targets: NavTargets,
): NavEntry[] {
  const entries: NavEntry[] = []
  for (const item of items ?? []) {
    const own = resolveLink(item, targets)
    const children = (item.children ?? [])
      .map((child) => resolveLink(child, targets))
      .filter((link): link is NavLink => link !== null)
    if (own) entries.push({ ...own, children })
    else if (children.length > 0 && item.label?.trim())
      entries.push({ label: item.label.trim(), children })
  }
  return entries
}
