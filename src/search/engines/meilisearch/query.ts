// Maps analysed queries and filters onto Meilisearch search parameters, and hits back.
import type { Hit, SearchParams } from 'meilisearch'

import { authorKey } from '@/search/engines/document-text'
import { escapeHtml } from '@/search/query/highlight'
import type { NormalizedQuery } from '@/search/query/params'
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '@/search/types'
import { docNumberKey } from '@/search/vietnamese/docnum'
import type { AnalyzedQuery } from '@/search/vietnamese/types'

import type { MeiliDocument } from './documents'
import { encodeFoldProofWord } from './fold-proof'

// Control characters cannot occur in indexed text, so they delimit matches safely until the
// formatted text has been HTML-escaped.
const PRE = '\u0001'
const POST = '\u0002'
const CROP_WORDS = 30

/** Meilisearch filter string literal. */
function lit(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

export function buildFilter(query: NormalizedQuery): string[] {
  const f = query.filters
  const out: string[] = []
  if (f.kind) out.push(`kind = ${lit(f.kind)}`)
  if (f.category) out.push(`categories = ${lit(f.category)}`)
  if (f.author) out.push(`authorsKey = ${lit(authorKey(f.author))}`)
  if (f.fromTs !== undefined) out.push(`publishedAtTs >= ${f.fromTs}`)
  if (f.toTs !== undefined) out.push(`publishedAtTs <= ${f.toTs}`)
  return out
}

/** The query as Meilisearch sees it: analysed terms (stop words gone), phrases, doc number keys. */
export function baseQueryText(analyzed: AnalyzedQuery): string {
  const parts = analyzed.terms.map((t) => t.exact)
  for (const p of analyzed.phrases) parts.push(`"${p.map((t) => t.exact).join(' ')}"`)
  for (const d of analyzed.docNumbers) parts.push(docNumberKey(d))
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

/**
 * Fold-proof codes of the reader's words, present only when the reader typed diacritics: added
 * to the query they can only match the *Exact fields, i.e. documents spelled exactly so.
 */
export function exactQueryCodes(analyzed: AnalyzedQuery): string[] {
  if (!analyzed.terms.some((t) => t.hasDiacritics)) return []
  return analyzed.terms.map((t) => encodeFoldProofWord(t.exact)).filter(Boolean)
}

export function searchParams(query: NormalizedQuery, fetch: number): SearchParams {
  const filter = buildFilter(query)
  return {
    filter: filter.length > 0 ? filter : undefined,
    facets: ['kind', 'categories', 'year'],
    page: 1,
    hitsPerPage: fetch,
    matchingStrategy: 'all',
    sort: query.sort === 'date' ? ['publishedAtTs:desc'] : undefined,
    attributesToHighlight: ['title'],
    attributesToCrop: ['sapo', 'body', 'extra'],
    cropLength: CROP_WORDS,
    cropMarker: '…',
    highlightPreTag: PRE,
    highlightPostTag: POST,
  }
}

/** Escapes Meilisearch's formatted text and turns markers into <mark>, merging neighbours. */
export function formatted(text: string): string {
  return escapeHtml(text)
    .replaceAll(PRE, '<mark>')
    .replaceAll(POST, '</mark>')
    .replace(/<\/mark>(\s+)<mark>/g, '$1')
}

const marks = (s: string | undefined): number => (s ? s.split(PRE).length - 1 : 0)

export function toHit(hit: Hit<MeiliDocument>): SearchHit {
  const f = hit._formatted ?? {}
  const texts = [f.sapo, f.body, f.extra].filter((s): s is string => typeof s === 'string')
  // The field with the most matched words reads best; ties keep the sapo.
  const best = texts.reduce<string | undefined>((b, s) => (marks(s) > marks(b) ? s : b), texts[0])
  const kind = (SEARCH_KINDS as readonly string[]).includes(hit.kind) ? hit.kind : 'news'
  return {
    id: hit.sourceId,
    slug: hit.slug,
    url: hit.url,
    title: hit.title,
    kind: kind as SearchKind,
    publishedAt: hit.publishedAt,
    snippet: formatted(best ?? ''),
    titleHighlighted: formatted(typeof f.title === 'string' ? f.title : hit.title),
  }
}
