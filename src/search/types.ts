// Engine-neutral search contract: the sync layer, the API route and the contract tests only ever
// see these types, so the embedded SQLite engine and Meilisearch stay interchangeable.
import { SEARCH_KIND_OPTIONS } from './kinds'
import type { SearchSettings } from './vietnamese/types'

export type { SearchSettings }

/**
 * Every article kind is searchable (the list lives with the collection so they cannot drift),
 * and answered questions (`question`, search/kinds.ts).
 */
export type SearchKind = (typeof SEARCH_KIND_OPTIONS)[number]['value']

export const SEARCH_KINDS: readonly SearchKind[] = SEARCH_KIND_OPTIONS.map((kind) => kind.value)

/**
 * One article (or answered question, kind `question`) flattened for indexing. `body` is plain
 * text (rich text already rendered out).
 */
export interface SearchDocument {
  id: string
  slug: string
  url: string
  title: string
  sapo: string
  body: string
  captions: string[]
  credits: string[]
  authors: string[]
  kind: SearchKind
  /** Category slugs. */
  categories: string[]
  tags: string[]
  /** ISO 8601 timestamp. */
  publishedAt: string
  docNumber?: string
  issuingBody?: string
  signer?: string
  /**
   * The article's `updatedAt` when it was read for indexing (ISO 8601): reconciliation compares
   * it with the database to find entries an index job never refreshed (sync/reconcile.ts).
   */
  updatedAt?: string
}

/** One indexed article as reconciliation sees it. */
export interface IndexedEntry {
  id: string
  /** The indexed `updatedAt`; null when the entry was written before it was recorded. */
  updatedAt: string | null
}

export type SearchSort = 'relevance' | 'date'

export interface SearchQuery {
  q: string
  /** 1-based. */
  page?: number
  /** Clamped to MAX_LIMIT. */
  limit?: number
  category?: string
  kind?: string
  author?: string
  /** ISO date or timestamp; the whole day is included. */
  from?: string
  /** ISO date or timestamp; the whole day is included. */
  to?: string
  sort?: SearchSort
}

export interface SearchHit {
  id: string
  slug: string
  url: string
  title: string
  kind: SearchKind
  publishedAt: string
  /** HTML-escaped original text with <mark>…</mark> around matched words. */
  snippet: string
  /** HTML-escaped title with <mark>…</mark> around matched words. */
  titleHighlighted: string
}

export interface SearchFacets {
  kind: Record<string, number>
  category: Record<string, number>
  year: Record<string, number>
}

export interface SearchResult {
  /** The query that produced these hits (the decoded text when `decodedFrom` is set). */
  query: string
  total: number
  page: number
  limit: number
  tookMs: number
  hits: SearchHit[]
  facets: SearchFacets
  /** Suggested query when the search found nothing. */
  didYouMean?: string
  /**
   * Set when no article held every word of a sentence-like query: the hits are for the query
   * without these words (question words first, then the least informative), which only add score.
   */
  unusedWords?: string[]
  /** Set when the raw query was typed telex/VNI without an input method and got decoded. */
  decodedFrom?: 'telex' | 'vni'
  /** Set when the match set was too large to count: `total` is an estimate from a sample. */
  totalApproximate?: boolean
  /**
   * Set when the engine stopped counting (Meilisearch's maxTotalHits, 5,000): at least `total`
   * articles match, and pages beyond it cannot be reached.
   */
  totalIsLowerBound?: boolean
  /** Set when the facet counts are estimates from a sample (same cases as totalApproximate). */
  facetsApproximate?: boolean
  /**
   * Set when the page came from the impact path (embedded engine): the exact ranking's page,
   * proven from per-word lists without scoring every match.
   */
  rankedByImpact?: boolean
}

export interface SearchEngine {
  readonly name: string
  /** Creates schema/index and applies settings. Idempotent. */
  init(): Promise<void>
  /** Inserts or replaces documents by id. */
  upsert(docs: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  search(q: SearchQuery): Promise<SearchResult>
  count(): Promise<number>
  health(): Promise<boolean>
  /**
   * Builds a fresh index aside from `source` and swaps it in atomically; searches keep answering
   * from the old index until the swap. Resolves to the number of documents indexed.
   */
  rebuild(
    source: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<number>
  setSettings(s: Partial<SearchSettings>): Promise<void>
  close(): Promise<void>
  /**
   * Indexed entries with id greater than `after` (null: from the start), ascending by id in
   * code-unit order (as JavaScript compares strings), at most `limit`. Keyset paging so
   * reconciliation walks 10^6 entries in bounded memory. Optional until every engine has it:
   * without it, reconciliation only re-queues exhausted jobs (sync/reconcile.ts).
   */
  listIndexed?(after: string | null, limit: number): Promise<IndexedEntry[]>
}

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
/** The last page any search can ask for (API, engines and the site's search page alike). */
export const MAX_PAGE = 1000

/** A query that cannot be run as given; the API answers 400 with `userMessage`. */
export class SearchQueryError extends Error {
  readonly status = 400
  readonly userMessage: string

  constructor(message: string, userMessage: string) {
    super(message)
    this.name = 'SearchQueryError'
    this.userMessage = userMessage
  }
}
