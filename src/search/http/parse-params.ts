import {
  MAX_LIMIT,
  MAX_PAGE,
  SEARCH_KINDS,
  type SearchKind,
  type SearchQuery,
} from '@/search/types'
import { MAX_REQUEST_QUERY_LENGTH } from '@/search/vietnamese/query-text'

export type SearchParamsCheck = { ok: true; query: SearchQuery } | { ok: false; message: string }

const SLUG = /^[a-z0-9-]{1,120}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

function int(value: string | null, min: number, max: number): number | undefined | null {
  if (value === null || value === '') return undefined
  if (!/^\d{1,6}$/.test(value)) return null
  const n = Number(value)
  return n < min || n > max ? null : n
}

/**
 * Validates the public search API's query string. Everything a reader can type in `q` is
 * accepted (the analyzer neutralises syntax); malformed parameters get a Vietnamese message.
 */
export function parseSearchParams(params: URLSearchParams): SearchParamsCheck {
  const q = (params.get('q') ?? '').trim()
  if (!q) return { ok: false, message: 'Vui lòng nhập từ khóa tìm kiếm (tham số q).' }
  if (q.length > MAX_REQUEST_QUERY_LENGTH)
    return { ok: false, message: `Từ khóa quá dài (tối đa ${MAX_REQUEST_QUERY_LENGTH} ký tự).` }
  const page = int(params.get('page'), 1, MAX_PAGE)
  if (page === null) return { ok: false, message: `Số trang không hợp lệ (1–${MAX_PAGE}).` }
  const limit = int(params.get('limit'), 1, MAX_LIMIT)
  if (limit === null)
    return { ok: false, message: `Số kết quả mỗi trang không hợp lệ (1–${MAX_LIMIT}).` }
  const query: SearchQuery = { q, page, limit }
  const kind = params.get('kind')
  if (kind) {
    if (!SEARCH_KINDS.includes(kind as SearchKind))
      return { ok: false, message: 'Thể loại không hợp lệ.' }
    query.kind = kind
  }
  const category = params.get('category')
  if (category) {
    if (!SLUG.test(category)) return { ok: false, message: 'Chuyên mục không hợp lệ.' }
    query.category = category
  }
  const author = params.get('author')?.trim()
  if (author) query.author = author.slice(0, 120)
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key)
    if (!value) continue
    if (!isDay(value)) return { ok: false, message: 'Ngày không hợp lệ, dùng dạng YYYY-MM-DD.' }
    query[key] = value
  }
  if (query.from && query.to && query.from > query.to)
    return { ok: false, message: 'Khoảng ngày không hợp lệ: "từ ngày" sau "đến ngày".' }
  const sort = params.get('sort')
  if (sort) {
    if (sort !== 'relevance' && sort !== 'date')
      return { ok: false, message: 'Cách sắp xếp không hợp lệ (relevance hoặc date).' }
    query.sort = sort
  }
  return { ok: true, query }
}
