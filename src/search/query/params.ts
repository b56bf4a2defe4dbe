// Turns a raw SearchQuery (straight from the URL) into validated values both engines share, so
// paging, clamping and date semantics cannot drift between SQLite and Meilisearch.
import { VIETNAM_OFFSET_MS } from '@/lib/vietnam-time'
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_PAGE,
  type SearchQuery,
  SearchQueryError,
  type SearchSort,
} from '@/search/types'
import { MAX_QUERY_LENGTH } from '@/search/vietnamese/query-text'

const DAY_MS = 24 * 60 * 60 * 1000
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

export interface QueryFilters {
  category?: string
  kind?: string
  author?: string
  /** Inclusive bounds in epoch milliseconds. */
  fromTs?: number
  toTs?: number
}

export interface NormalizedQuery {
  q: string
  page: number
  limit: number
  offset: number
  sort: SearchSort
  filters: QueryFilters
}

// Control characters and lone surrogates only ever come from broken clients or probing.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function cleanQueryText(text: unknown): string {
  if (typeof text !== 'string') return ''
  // Cut first: the cut may split a surrogate pair, which the clean-up then removes.
  return text.slice(0, MAX_QUERY_LENGTH).replace(CONTROL, ' ').replace(LONE_SURROGATE, ' ').trim()
}

function positiveInt(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback
}

function optionalText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const t = value.trim()
  return t ? t.slice(0, 200) : undefined
}

/** Start of the Vietnam-time day of `value`, or the instant itself for full timestamps. */
function parseBound(value: string | undefined, edge: 'start' | 'end'): number | undefined {
  const v = optionalText(value)
  if (!v) return undefined
  if (DATE_ONLY.test(v)) {
    const utcMidnight = Date.parse(`${v}T00:00:00Z`)
    if (Number.isNaN(utcMidnight)) throw badDate(v)
    const start = utcMidnight - VIETNAM_OFFSET_MS
    return edge === 'start' ? start : start + DAY_MS - 1
  }
  const ts = Date.parse(v)
  if (Number.isNaN(ts)) throw badDate(v)
  return ts
}

function badDate(v: string): SearchQueryError {
  return new SearchQueryError(
    `Invalid date: ${v}`,
    'Ngày lọc không hợp lệ, vui lòng nhập theo dạng YYYY-MM-DD.',
  )
}

export function normalizeQuery(query: SearchQuery): NormalizedQuery {
  const limit = Math.min(positiveInt(query.limit, DEFAULT_LIMIT), MAX_LIMIT)
  // Deep pages are never useful to readers and are the cheapest way to make an engine work hard.
  const page = Math.min(positiveInt(query.page, 1), MAX_PAGE)
  const fromTs = parseBound(query.from, 'start')
  const toTs = parseBound(query.to, 'end')
  if (fromTs !== undefined && toTs !== undefined && fromTs > toTs) {
    throw new SearchQueryError(
      'Date range is reversed',
      'Khoảng thời gian không hợp lệ: ngày bắt đầu sau ngày kết thúc.',
    )
  }
  return {
    q: cleanQueryText(query.q),
    page,
    limit,
    offset: (page - 1) * limit,
    sort: query.sort === 'date' ? 'date' : 'relevance',
    filters: {
      category: optionalText(query.category),
      kind: optionalText(query.kind),
      author: optionalText(query.author),
      fromTs,
      toTs,
    },
  }
}

export function hasFilters(filters: QueryFilters): boolean {
  return Boolean(
    filters.category ||
    filters.kind ||
    filters.author ||
    filters.fromTs !== undefined ||
    filters.toTs !== undefined,
  )
}
