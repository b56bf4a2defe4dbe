import type { SearchQuery } from '@/search/types'

import { startOfDayVi } from './format/date'

type Params = Record<string, string | string[] | undefined>

const first = (v: string | string[] | undefined): string =>
  Array.isArray(v) ? (v[0] ?? '') : (v ?? '')

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
  const page = Number(first(params.trang))
  return {
    q: first(params.q).slice(0, 256),
    category: first(params['chuyen-muc']).slice(0, 100),
    kind: first(params['the-loai']).slice(0, 20),
    from: isoDay(first(params.tu)),
    to: isoDay(first(params.den)),
    sort: first(params['sap-xep']) === 'moi-nhat' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 0 && page < 1000 ? page : 1,
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
