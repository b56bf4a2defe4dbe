import { MAX_PAGE, type SearchQuery } from '@/search/types'
import { MAX_QUERY_LENGTH } from '@/search/vietnamese/query-text'

import { startOfDayVi } from './format/date'
import { param, SEARCH_PARAMS } from './page-params'

type Params = Record<string, string | string[] | undefined>

const isoDay = (v: string): string => (startOfDayVi(v) ? v : '')

export interface SearchForm {
  q: string
  category: string
  kind: string
  from: string
  to: string
  sort: 'relevance' | 'date'
  page: number
}

/** The search page's Vietnamese query string (`?q=&chuyen-muc=&the-loai=&tu=&den=&sap-xep=&trang=`). */
export function readSearchForm(params: Params): SearchForm {
  const get = (name: (typeof SEARCH_PARAMS)[number]) => param(params, SEARCH_PARAMS, name)
  const page = Number(get('trang'))
  return {
    q: get('q').slice(0, MAX_QUERY_LENGTH),
    category: get('chuyen-muc').slice(0, 100),
    kind: get('the-loai').slice(0, 20),
    from: isoDay(get('tu')),
    to: isoDay(get('den')),
    sort: get('sap-xep') === 'moi-nhat' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 0 && page <= MAX_PAGE ? page : 1,
  }
}

export function toSearchQuery(form: SearchForm, limit = 10): SearchQuery {
  return {
    q: form.q,
    page: form.page,
    limit,
    category: form.category || undefined,
    kind: form.kind || undefined,
    from: form.from || undefined,
    to: form.to || undefined,
    sort: form.sort,
  }
}

/** A link to the same search with some fields changed (facets, pagination, suggestion). */
export function searchHref(form: SearchForm, change: Partial<SearchForm> = {}): string {
  const f = { ...form, page: 1, ...change }
  const params = new URLSearchParams()
  if (f.q) params.set('q', f.q)
  if (f.category) params.set('chuyen-muc', f.category)
  if (f.kind) params.set('the-loai', f.kind)
  if (f.from) params.set('tu', f.from)
  if (f.to) params.set('den', f.to)
  if (f.sort === 'date') params.set('sap-xep', 'moi-nhat')
  if (f.page > 1) params.set('trang', String(f.page))
  return `/tim-kiem?${params.toString()}`
}
