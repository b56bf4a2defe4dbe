// Maps analysed queries and filters onto Meilisearch search parameters, and hits back. Read
// against Meilisearch 1.18's search API:
// - cropping never highlights: only attributes listed in attributesToHighlight get markers, so
//   the cropped sapo/body/extra are listed there too;
// - the markers are control characters (stripped from indexed text in documents.ts), so the text
//   Meilisearch returns (raw, with markers inserted) is HTML-escaped whole and only balanced
//   marker pairs become <mark>; the snippet reads like the embedded engine's ("… a <mark>b</mark> …");
// - listings without query text are sorted newest first, as in the embedded engine;
// - the exact-spelling query searches only the fold-proof fields and the plain query only the
//   plain ones (attributesToSearchOn): codes never count against the plain fields and stay within
//   the ten-word query limit, and telex typed raw is not matched by the codes but decoded.
import type { Hit, SearchParams } from 'meilisearch'

import { authorKey } from '@/search/engines/document-text'
import { escapeHtml } from '@/search/query/highlight'
import type { NormalizedQuery } from '@/search/query/params'
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '@/search/types'
import { docNumberKey } from '@/search/vietnamese/docnum'
import type { AnalyzedQuery } from '@/search/vietnamese/types'

import { EXACT_ATTRIBUTES, type MeiliDocument, PLAIN_ATTRIBUTES } from './documents'
import { encodeFoldProofWord } from './fold-proof'

const PRE = '\u0001'
const POST = '\u0002'
const CROP = '\u0003'
const CROP_WORDS = 30
/** Meilisearch reads only the first ten words of a query. */
export const MAX_QUERY_WORDS = 10

/**
 * Meilisearch filter string literal. Since Meilisearch 1.4 a quoted value is unescaped like a
 * string literal, so every backslash is doubled and quotes are escaped ("a\b" → "a\\b"); see
 * the v1.4 changelog and meilisearch/meilisearch#4034. Control characters are dropped.
 */
export function lit(v: string): string {
  const clean = v.replace(/[\u0000-\u001f\u007f]/g, '')
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
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
 * Fold-proof codes of the reader's words, one per term, present only when the reader typed
 * diacritics. A document matching all of them in the exact fields also matches the plain query
 * (same words, folded), so exact hits are a subset of plain hits. Phrases become quoted code
 * phrases; a document number has no exact form, so such queries get no exact pass. Only the
 * first ten codes count, as only the first ten words of the plain query do.
 */
export function exactQueryText(analyzed: AnalyzedQuery): string {
  const all = [...analyzed.terms, ...analyzed.phrases.flat()]
  if (analyzed.docNumbers.length > 0 || !all.some((t) => t.hasDiacritics)) return ''
  const codes = analyzed.terms.map((t) => encodeFoldProofWord(t.exact)).filter(Boolean)
  const phrases = analyzed.phrases
    .map((p) => p.map((t) => encodeFoldProofWord(t.exact)).filter(Boolean))
    .filter((p) => p.length > 0)
    .map((p) => `"${p.join(' ')}"`)
  const words = [...codes, ...phrases].join(' ').split(' ').filter(Boolean)
  if (words.length > MAX_QUERY_WORDS) return codes.slice(0, MAX_QUERY_WORDS).join(' ')
  return [...codes, ...phrases].join(' ')
}

/** Sort order: relevance for text queries, newest first when asked or when listing by filters. */
function sortFor(query: NormalizedQuery, hasText: boolean): string[] | undefined {
  return query.sort === 'date' || !hasText ? ['publishedAtTs:desc'] : undefined
}

/**
 * What a hit needs besides its `_formatted` texts. Without it every hit carries the raw sapo, body
 * and extra (all displayed, because only displayed attributes are highlighted): megabytes for a
 * deep page.
 */
const HIT_ATTRIBUTES = ['id', 'sourceId', 'slug', 'url', 'title', 'kind', 'publishedAt']

export function searchParams(query: NormalizedQuery, fetch: number, hasText = true): SearchParams {
  const filter = buildFilter(query)
  return {
    filter: filter.length > 0 ? filter : undefined,
    facets: ['kind', 'categories', 'year'],
    page: 1,
    hitsPerPage: fetch,
    matchingStrategy: 'all',
    attributesToSearchOn: PLAIN_ATTRIBUTES,
    sort: sortFor(query, hasText),
    attributesToRetrieve: HIT_ATTRIBUTES,
    attributesToHighlight: ['title', 'sapo', 'body', 'extra'],
    attributesToCrop: ['sapo', 'body', 'extra'],
    cropLength: CROP_WORDS,
    cropMarker: CROP,
    highlightPreTag: PRE,
    highlightPostTag: POST,
  }
}

/** The exact-spelling pass: ids only, exact fields only, same filters, no facets. */
export function exactParams(query: NormalizedQuery, fetch: number): SearchParams {
  const filter = buildFilter(query)
  return {
    filter: filter.length > 0 ? filter : undefined,
    page: 1,
    hitsPerPage: fetch,
    matchingStrategy: 'all',
    attributesToSearchOn: EXACT_ATTRIBUTES,
    attributesToRetrieve: ['id'],
  }
}

/**
 * The plain query of the exact-spelling merge: ids, totals and facets only. The merged page is
 * formatted afterwards (formatParams), so a deep page does not make Meilisearch highlight and
 * send every hit before it.
 */
export function plainIdsParams(query: NormalizedQuery, fetch: number): SearchParams {
  const { filter, facets, page, hitsPerPage, matchingStrategy, attributesToSearchOn, sort } =
    searchParams(query, fetch)
  return {
    filter,
    facets,
    page,
    hitsPerPage,
    matchingStrategy,
    attributesToSearchOn,
    sort,
    attributesToRetrieve: ['id'],
  }
}

/** Formatting of the given documents only (the merged page of the exact-spelling merge). */
export function formatParams(query: NormalizedQuery, ids: string[]): SearchParams {
  const base = searchParams(query, ids.length)
  const byId = `id IN [${ids.map(lit).join(', ')}]`
  return { ...base, facets: [], filter: [...buildFilter(query), byId] }
}

/**
 * Escapes Meilisearch's formatted text; balanced marker pairs become <mark> (neighbours merged),
 * stray markers vanish, and crop markers become the embedded engine's "… " / " …".
 */
export function formatted(text: string): string {
  const body = text.replace(/^\u0003\s*/, '').replace(/\s*\u0003$/, '')
  let out = ''
  let open = false
  for (const part of body.split(/([\u0001\u0002])/)) {
    if (part === PRE) {
      if (!open) out += '<mark>'
      open = true
    } else if (part === POST) {
      if (open) out += '</mark>'
      open = false
    } else {
      out += escapeHtml(part.replaceAll(CROP, '…'))
    }
  }
  if (open) out += '</mark>'
  out = out.replace(/<mark><\/mark>/g, '').replace(/<\/mark>(\s+)<mark>/g, '$1')
  const before = body.length < text.length && text.startsWith(CROP) ? '… ' : ''
  const after = text.length > 1 && text.endsWith(CROP) ? ' …' : ''
  return before + out + after
}

const marks = (s: string | undefined): number => (s ? s.split(PRE).length - 1 : 0)

/** The hit's id as the CMS knows it; Meilisearch's `id` may be the hex form (meiliId). */
export function hitKey(hit: Hit<MeiliDocument>): string {
  return hit.sourceId ?? hit.id
}

export function toHit(hit: Hit<MeiliDocument>): SearchHit {
  const f = hit._formatted ?? {}
  const texts = [f.sapo, f.body, f.extra].filter((s): s is string => typeof s === 'string')
  // The field with the most matched words reads best; ties keep the sapo.
  const best = texts.reduce<string | undefined>((b, s) => (marks(s) > marks(b) ? s : b), texts[0])
  const kind = (SEARCH_KINDS as readonly string[]).includes(hit.kind) ? hit.kind : 'news'
  return {
    id: hitKey(hit),
    slug: hit.slug,
    url: hit.url,
    title: hit.title,
    kind: kind as SearchKind,
    publishedAt: hit.publishedAt,
    snippet: formatted(best ?? ''),
    titleHighlighted: formatted(typeof f.title === 'string' ? f.title : hit.title),
  }
}
