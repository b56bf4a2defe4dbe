// The search half of the fake Meilisearch server (fake-meilisearch.ts): what a real server does to
// a hit before it answers, per Meilisearch 1.18's search API reference — only displayed attributes
// come back (a hidden primary key is simply absent), attributesToRetrieve narrows them further,
// and `_formatted` carries highlight tags only for attributes listed in attributesToHighlight,
// while attributesToCrop crops around the first match with the crop marker, tags or not.
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

/** `_formatted` as Meilisearch builds it: crop first, then highlight (default tags <em>). */
export function formatHit(doc: Doc, body: SearchBody): Record<string, string> {
  const query = new Set(words(body.q ?? '').map((w) => foldVietnamese(w).toLowerCase()))
  const hl = new Set(body.attributesToHighlight ?? [])
  const cr = new Set(body.attributesToCrop ?? [])
  const out: Record<string, string> = {}
  for (const attr of new Set([...hl, ...cr])) {
    const raw = doc[attr]
    if (typeof raw !== 'string') continue
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

/** Default matching: every query word (folded) occurs in a searched attribute. */
export function matches(doc: Doc, body: SearchBody, searchable: string[] | undefined): boolean {
  const query = words(body.q ?? '').map((w) => foldVietnamese(w).toLowerCase())
  if (query.length === 0) return true
  const attrs = body.attributesToSearchOn ?? searchable ?? Object.keys(doc)
  const text = new Set(
    attrs.flatMap((a) => {
      const v = doc[a]
      return typeof v === 'string' ? words(v).map((w) => foldVietnamese(w).toLowerCase()) : []
    }),
  )
  return query.every((w) => text.has(w))
}
