// The rebuild reads every published article. Read at depth 1, Payload populates every
// relationship of each one (related articles, editorial notes, the share image, the document's
// file …) with all their fields and hooks, which cost three quarters of `cms reindex`'s CPU
// (BENCHMARKS.md). The index needs a few fields of the photos, authors, categories and tags, so a
// page read at depth 0 is filled in here with one look-up per collection (through the database
// adapter, as the page itself: db/read-stored.ts), and toSearchDocument
// then gives the same document as from a depth-1 read (test/int/search/rebuild-source.test.ts).
import type { Payload } from 'payload'

import { readStored } from '@/db/read-stored'

import type { IndexableArticle } from './to-search-document'

/** What the index reads of each related collection (toSearchDocument, lexical-text.ts). */
const FIELDS = {
  media: { caption: true, credit: true },
  authors: { name: true },
  categories: { slug: true },
  tags: { name: true },
} as const
type Related = keyof typeof FIELDS
/** Ids per look-up: keeps the IN list well below any adapter's parameter limit. */
const LOOKUP_CHUNK = 500

type Fields = { id: string } & Record<string, unknown>
type Lookup = ReadonlyMap<string, Fields>

const obj = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null

/**
 * The objects in a Lexical body whose `media` the index reads: photo blocks and gallery images,
 * in block or inline-block nodes, as lexical-text.ts visits them.
 */
function mediaHolders(body: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  const visit = (node: Record<string, unknown>) => {
    const fields = obj(node.fields)
    if ((node.type === 'block' || node.type === 'inlineBlock') && fields) {
      if (fields.blockType === 'photo') out.push(fields)
      if (fields.blockType === 'gallery' && Array.isArray(fields.images))
        for (const image of fields.images) {
          const holder = obj(image)
          if (holder) out.push(holder)
        }
    }
    if (Array.isArray(node.children))
      for (const child of node.children) {
        const c = obj(child)
        if (c) visit(c)
      }
  }
  const root = obj(obj(body)?.root)
  if (root) visit(root)
  return out
}

async function lookUp(payload: Payload, collection: Related, ids: Set<string>): Promise<Lookup> {
  const found = new Map<string, Fields>()
  const all = [...ids]
  for (let i = 0; i < all.length; i += LOOKUP_CHUNK) {
    const chunk = all.slice(i, i + LOOKUP_CHUNK)
    const docs = await readStored<Fields>(payload, collection, {
      where: { id: { in: chunk } },
      select: FIELDS[collection],
      limit: chunk.length,
    })
    for (const doc of docs) found.set(doc.id, doc)
  }
  return found
}

/** An id becomes its record; a missing record stays an id, as Payload's population leaves it. */
function resolve<T>(value: string | T, lookup: Lookup): string | T {
  return typeof value === 'string' ? ((lookup.get(value) as T | undefined) ?? value) : value
}

/**
 * Fills in the relationships toSearchDocument reads on articles read at depth 0. The articles'
 * bodies are updated in place (the photo blocks' media), everything else is copied.
 */
export async function populateForIndex<A extends IndexableArticle>(
  payload: Payload,
  articles: A[],
): Promise<A[]> {
  const wanted: Record<Related, Set<string>> = {
    media: new Set(),
    authors: new Set(),
    categories: new Set(),
    tags: new Set(),
  }
  const holders = articles.map((a) => mediaHolders(a.body))
  const want = (collection: Related, value: unknown) => {
    if (typeof value === 'string' && value !== '') wanted[collection].add(value)
  }
  articles.forEach((a, i) => {
    for (const holder of holders[i] ?? []) want('media', holder.media)
    want('media', a.coverImage)
    for (const id of a.authors ?? []) want('authors', id)
    for (const id of a.categories ?? []) want('categories', id)
    for (const id of a.tags ?? []) want('tags', id)
  })
  const none: Lookup = new Map()
  const [media = none, authors = none, categories = none, tags = none] = await Promise.all(
    (['media', 'authors', 'categories', 'tags'] as const).map((c) =>
      wanted[c].size === 0 ? none : lookUp(payload, c, wanted[c]),
    ),
  )
  return articles.map((a, i) => {
    for (const holder of holders[i] ?? []) {
      if (typeof holder.media === 'string') holder.media = resolve(holder.media, media)
    }
    return {
      ...a,
      coverImage: a.coverImage ? resolve(a.coverImage, media) : a.coverImage,
      authors: a.authors?.map((x) => resolve(x, authors)),
      categories: a.categories?.map((x) => resolve(x, categories)),
      tags: a.tags?.map((x) => resolve(x, tags)),
    }
  })
}
