/**
 * The query parameters each public route reads, declared once. Pages read their parameters
 * through these lists (so a new parameter must be added here), and the page cache keys on
 * them alone (src/server/page-cache.ts): anything else — `?utm_source=`, `?fbclid=`, a random
 * `?x=` — is dropped before the page renders, so it can neither bust the cache nor change
 * what is cached.
 */
import { normalizeScheduleParam } from './schedule/params'

export const LISTING_PARAMS = ['trang'] as const
export const DOCUMENT_PARAMS = ['loai', 'co-quan', 'nam', 'trang'] as const
export const SEARCH_PARAMS = [
  'q',
  'chuyen-muc',
  'the-loai',
  'tu',
  'den',
  'sap-xep',
  'trang',
] as const
// `slug`: an article; `trang`: a standing page's id (not a page number here).
export const PREVIEW_PARAMS = ['slug', 'trang'] as const
export const SCHEDULE_PARAMS = ['tuan', 'in'] as const
/** `?da-gui=1`: where a reader's form sends them back ("đã gửi, đang chờ duyệt"). */
export const ARTICLE_PARAMS = ['da-gui'] as const
export const QUESTIONS_PARAMS = ['trang', 'da-gui'] as const

/** One cached variant with the notice, whatever value is sent. */
const sentNotice = (name: string, value: string): string =>
  name === 'da-gui' ? (value ? '1' : '') : value

interface Route {
  path: RegExp
  params: readonly string[]
  /** Maps a value to the one the page is rendered for ('' drops it), so variants share a page. */
  normalize?: (name: string, value: string) => string
}

const ROUTES: Route[] = [
  { path: /^\/tim-kiem\/?$/, params: SEARCH_PARAMS },
  { path: /^\/van-ban\/?$/, params: DOCUMENT_PARAMS },
  { path: /^\/(chuyen-muc|chuyen-de|the|tac-gia|anh)\/[^/]+\/?$/, params: LISTING_PARAMS },
  { path: /^\/xem-truoc\/?$/, params: PREVIEW_PARAMS },
  { path: /^\/lich-cong-tac\/?$/, params: SCHEDULE_PARAMS, normalize: normalizeScheduleParam },
  { path: /^\/bai-viet\/[^/]+\/?$/, params: ARTICLE_PARAMS, normalize: sentNotice },
  { path: /^\/hoi-dap\/?$/, params: QUESTIONS_PARAMS, normalize: sentNotice },
]

/** The parameters `path` reads (none for most pages). */
export function paramsOf(path: string): readonly string[] {
  return ROUTES.find((route) => route.path.test(path))?.params ?? []
}

/**
 * The query string a page actually sees: only its declared parameters, the first value of
 * each (pages never read more), empty ones dropped, in the declared order so `?a=1&b=2` and
 * `?b=2&a=1` are one page. Returns '' or '?…'.
 */
export function canonicalQuery(path: string, search: URLSearchParams): string {
  const kept = new URLSearchParams()
  const route = ROUTES.find((r) => r.path.test(path))
  for (const name of route?.params ?? []) {
    const raw = search.get(name)
    const value = raw && route?.normalize ? route.normalize(name, raw) : raw
    if (value) kept.set(name, value)
  }
  const query = kept.toString()
  return query ? `?${query}` : ''
}

type Params = Record<string, string | string[] | undefined>

/** First value of a declared parameter, as the pages read it. */
export function param<N extends string>(
  params: Params,
  declared: readonly N[],
  name: NoInfer<N>,
): string {
  const value = params[name]
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
}
