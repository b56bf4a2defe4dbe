/**
 * Which reader pages count as a page view, and what they are. Only public pages: never the admin,
 * the API, Next's files, the health check, previews, print views of drafts, or files.
 */
export type PageKind = 'home' | 'article' | 'category' | 'other'

export interface CountedPage {
  path: string
  kind: PageKind
  /** The article's or category's slug; empty for other pages. */
  key: string
}

// The error pages (Vietnamese and English) are fetched by the server itself for each 404/500.
const NOT_COUNTED = /^\/(admin|api|_next|healthz|xem-truoc|trang-loi|en\/error\/(?:404|500))(\/|$)/
const FILE = /\.[a-z0-9]+$/i
// Paths are short; an attacker-made 5 kB path would only bloat the table (and is a 404 anyway).
export const MAX_PATH = 300

function slugOf(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The page a request path names, or null when it is not a countable reader page. */
export function countedPage(path: string): CountedPage | null {
  if (path.length > MAX_PATH || NOT_COUNTED.test(path) || FILE.test(path)) return null
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path
  if (clean === '/' || clean === '') return { path: '/', kind: 'home', key: '' }
  const article = /^\/bai-viet\/([^/]+)$/.exec(clean)
  if (article?.[1]) return { path: clean, kind: 'article', key: slugOf(article[1]) }
  const category = /^\/chuyen-muc\/([^/]+)$/.exec(clean)
  if (category?.[1]) return { path: clean, kind: 'category', key: slugOf(category[1]) }
  return { path: clean, kind: 'other', key: '' }
}
