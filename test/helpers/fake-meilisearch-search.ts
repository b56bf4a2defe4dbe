// The search half of the fake Meilisearch server (fake-meilisearch.ts): what a real server does to
// a hit before it answers, per Meilisearch 1.18's search API reference — only displayed attributes
// come back (a hidden primary key is simply absent), attributesToRetrieve narrows them further,
// `_formatted` holds the retrieved, highlighted and cropped attributes combined (displayed ones
// only) with highlight tags only for attributes listed in attributesToHighlight, while
// attributesToCrop crops around the first match with the crop marker, tags or not. Filters are
// parsed and applied as the real filter parser does for the forms the engine sends (unescaping
// included); anything else is refused with invalid_search_filter, as a real server would.
import { foldVietnamese } from '@/search/vietnamese/fold'

export type Doc = Record<string, unknown> & { id: string }

export interface SearchBody {
  q?: string
  filter?: string[]
  sort?: string[]
  page?: number
  hitsPerPage?: number
  attributesToHighlight?: string[]
  attributesToCrop?: string[]
  attributesToRetrieve?: string[]
  attributesToSearchOn?: string[]
  cropLength?: number
  cropMarker?: string
  highlightPreTag?: string
  highlightPostTag?: string
  facets?: string[]
  matchingStrategy?: string
}

/** Search parameters a real 1.18 server accepts (it refuses unknown ones with bad_request). */
export const SEARCH_PARAMS = new Set([
  'q',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'attributesToRetrieve',
  'retrieveVectors',
  'attributesToCrop',
  'cropLength',
  'attributesToHighlight',
  'showMatchesPosition',
  'showRankingScore',
  'showRankingScoreDetails',
  'filter',
  'sort',
  'distinct',
  'facets',
  'highlightPreTag',
  'highlightPostTag',
  'cropMarker',
  'matchingStrategy',
  'attributesToSearchOn',
  'rankingScoreThreshold',
  'locales',
  'hybrid',
  'vector',
])

export class FilterError extends Error {}

/** Meilisearch's reading of a quoted filter value: the end quote, `\"` unescaped, then `\\`. */
function quoted(s: string, at: number): [string, number] {
  const q = s[at] as string
  let i = at + 1
  let raw = ''
  for (; i < s.length; i++) {
    const c = s[i] as string
    if (c === q) break
    if (c === '\\') {
      if (i + 1 >= s.length) throw new FilterError('malformed value')
      raw += c + s[i + 1]
      i++
    } else raw += c
  }
  if (i >= s.length) throw new FilterError(`missing closing ${q}`)
  const unquoted = raw.replaceAll(`\\${q}`, q)
  let out = ''
  for (let j = 0; j < unquoted.length; j++) {
    const c = unquoted[j] as string
    if (c !== '\\') {
      out += c
      continue
    }
    const n = unquoted[++j]
    if (n === '\\' || n === '"' || n === "'") out += n
    else if (n === 'n') out += '\n'
    else if (n === 't') out += '\t'
    else throw new FilterError(`invalid escape \\${n ?? ''}`)
  }
  return [out, i + 1]
}

type Condition = (doc: Doc) => boolean

/**
 * One filter expression of the forms the engine sends: `a = "v"`, `a >= n`, `a <= n`,
 * `a > "s"` (strings compared by code unit, as Meilisearch 1.15+ compares them), `a IN [..]`.
 */
export function parseFilter(expr: string, filterable: string[] | undefined): Condition {
  const m = /^\s*([A-Za-z_][\w.]*)\s*(=|>=|<=|>|IN)\s*/.exec(expr)
  if (!m) throw new FilterError(`cannot parse \`${expr}\``)
  const [, attr = '', op] = m
  if (!filterable?.includes(attr)) throw new FilterError(`attribute \`${attr}\` is not filterable`)
  let rest = expr.slice(m[0].length)
  const value = (): string => {
    rest = rest.trimStart()
    if (rest[0] === '"' || rest[0] === "'") {
      const [v, end] = quoted(rest, 0)
      rest = rest.slice(end)
      return v
    }
    const w = /^[\p{L}\p{N}_.-]+/u.exec(rest)
    if (!w || ['AND', 'OR', 'NOT', 'IN', 'TO'].includes(w[0])) throw new FilterError('no value')
    rest = rest.slice(w[0].length)
    return w[0]
  }
  const values: string[] = []
  if (op === 'IN') {
    rest = rest.trimStart()
    if (rest[0] !== '[') throw new FilterError('IN needs [')
    rest = rest.slice(1)
    for (;;) {
      values.push(value())
      rest = rest.trimStart()
      if (rest[0] === ',') rest = rest.slice(1)
      else if (rest[0] === ']') {
        rest = rest.slice(1)
        break
      } else throw new FilterError('IN list not closed')
    }
  } else values.push(value())
  if (rest.trim() !== '') throw new FilterError(`unexpected \`${rest.trim()}\``)
  const field = (doc: Doc): unknown[] => {
    const v = doc[attr]
    return Array.isArray(v) ? v : v === undefined ? [] : [v]
  }
  if (op === '>') {
    const bound = values[0] ?? ''
    return (doc) => field(doc).some((v) => typeof v === 'string' && v > bound)
  }
  if (op === '>=' || op === '<=') {
    const bound = Number(values[0])
    if (!Number.isFinite(bound)) throw new FilterError('not a number')
    return (doc) =>
      field(doc).some((v) => typeof v === 'number' && (op === '>=' ? v >= bound : v <= bound))
  }
  return (doc) => field(doc).some((v) => values.includes(String(v)))
}

const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? []

/** Visible fields of a stored document, as the server returns them. */
export function visible(doc: Doc, displayed: string[] | undefined, body: SearchBody): Doc {
  const show = (k: string) =>
    (!displayed || displayed.includes('*') || displayed.includes(k)) &&
    (!body.attributesToRetrieve || body.attributesToRetrieve.includes(k))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(doc)) if (show(k)) out[k] = v
  return out as Doc
}

function highlight(text: string, query: Set<string>, pre: string, post: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w) =>
    query.has(foldVietnamese(w).toLowerCase()) ? `${pre}${w}${post}` : w,
  )
}

function crop(text: string, query: Set<string>, length: number, marker: string): string {
  const parts = text.split(/\s+/).filter(Boolean)
  if (parts.length <= length) return text
  const first = Math.max(
    0,
    parts.findIndex((p) => words(p).some((w) => query.has(foldVietnamese(w).toLowerCase()))),
  )
  const from = Math.max(0, Math.min(first - 2, parts.length - length))
  const to = from + length
  return (
    (from > 0 ? marker : '') + parts.slice(from, to).join(' ') + (to < parts.length ? marker : '')
  )
}

/**
 * `_formatted` as Meilisearch builds it (only when something is highlighted or cropped): the
 * retrieved, highlighted and cropped attributes combined, displayed ones only; crop first, then
 * highlight (default tags <em>).
 */
export function formatHit(
  doc: Doc,
  body: SearchBody,
  displayed: string[] | undefined,
): Record<string, unknown> | undefined {
  const hl = new Set(body.attributesToHighlight ?? [])
  const cr = new Set(body.attributesToCrop ?? [])
  if (hl.size === 0 && cr.size === 0) return undefined
  const query = new Set(words(body.q ?? '').map((w) => foldVietnamese(w).toLowerCase()))
  const isDisplayed = (k: string) => !displayed || displayed.includes('*') || displayed.includes(k)
  const out: Record<string, unknown> = {}
  const retrieved = Object.keys(visible(doc, displayed, body))
  for (const attr of new Set([...retrieved, ...hl, ...cr])) {
    const raw = doc[attr]
    if (!isDisplayed(attr) || raw === undefined) continue
    if (typeof raw !== 'string') {
      out[attr] = raw
      continue
    }
    let text = cr.has(attr) ? crop(raw, query, body.cropLength ?? 10, body.cropMarker ?? '…') : raw
    if (hl.has(attr)) {
      text = highlight(
        text,
        query,
        body.highlightPreTag ?? '<em>',
        body.highlightPostTag ?? '</em>',
      )
    }
    out[attr] = text
  }
  return out
}

/**
 * Default matching: every query word (folded) occurs in a searched attribute; a query that is
 * one quoted phrase ("thu tuc", Meilisearch's phrase search) needs its words in a row in one.
 */
export function matches(doc: Doc, body: SearchBody, searchable: string[] | undefined): boolean {
  const query = words(body.q ?? '').map((w) => foldVietnamese(w).toLowerCase())
  if (query.length === 0) return true
  const attrs = body.attributesToSearchOn ?? searchable ?? Object.keys(doc)
  if (/^\s*"[^"]*"\s*$/.test(body.q ?? '')) {
    const phrase = query.join(' ')
    return attrs.some((a) => {
      const v = doc[a]
      const folded =
        typeof v === 'string' ? words(v).map((w) => foldVietnamese(w).toLowerCase()) : []
      return ` ${folded.join(' ')} `.includes(` ${phrase} `)
    })
  }
  const text = new Set(
    attrs.flatMap((a) => {
      const v = doc[a]
      return typeof v === 'string' ? words(v).map((w) => foldVietnamese(w).toLowerCase()) : []
    }),
  )
  return query.every((w) => text.has(w))
}
