import type { PageTarget } from '@/site/cache/targets'

/**
 * What a cached page depends on, read once when it is stored, so that a targeted invalidation
 * (src/site/cache/targets.ts) can find it: its path, the article, tag and author pages it links
 * to (lists, "Đọc nhiều", related articles, bylines; feeds and sitemaps link with absolute URLs,
 * which match too), the media files it shows, and, for an article page, the categories and tags
 * its related list draws on. Over-matching only costs a render; missing a link would serve a
 * stale page, so the scan is a plain pattern over the whole body rather than an HTML parse.
 */
export interface PageIndex {
  /** Decoded path, no query. */
  path: string
  links: Set<string>
  files: Set<string>
  /** Category and tag ids behind the related list; `unknown` matches every article change. */
  related: string[] | 'unknown' | null
}

const LINK = /\/(bai-viet|the|tac-gia)\/([^"'\s<>?#&\\]+)/g
const FILE = /\/api\/media\/file\/([^"'\s<>?#&\\,)]+)/g

export function decodePath(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export function indexPage(
  path: string,
  body: string,
  related: string[] | 'unknown' | null = null,
): PageIndex {
  const links = new Set<string>()
  const files = new Set<string>()
  for (const m of body.matchAll(LINK)) links.add(`/${m[1]}/${decodePath(m[2] ?? '')}`)
  for (const m of body.matchAll(FILE)) files.add(decodePath(m[1] ?? ''))
  return { path: decodePath(path), links, files, related }
}

/** Whether a page with this index may show the change described by `target`. */
export function pageMatches(page: PageIndex, target: PageTarget): boolean {
  if (target.all) return true
  if (target.paths?.includes(page.path)) return true
  if (target.prefixes?.some((prefix) => page.path.startsWith(prefix))) return true
  if (target.links?.some((link) => page.links.has(link))) return true
  if (target.files?.some((file) => page.files.has(file))) return true
  if (target.related?.length && page.related) {
    if (page.related === 'unknown') return true
    const ids = target.related
    if (page.related.some((id) => ids.includes(id))) return true
  }
  return false
}
