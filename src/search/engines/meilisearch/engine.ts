// Production engine on Meilisearch. Meilisearch folds diacritics itself, so exact spelling is
// ranked first by a second query carrying fold-proof codes (see fold-proof.ts) whose hits are put
// ahead of the plain query's hits; totals and facets always come from the plain query.
import { type EnqueuedTaskPromise, type Index, Meilisearch, type SearchResponse } from 'meilisearch'

import {
  type CoreResult,
  emptyFacets,
  type SearchBackend,
  searchWithFallbacks,
} from '@/search/query/flow'
import type { NormalizedQuery } from '@/search/query/params'
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from '@/search/types'
import { WORD_PATTERN } from '@/search/vietnamese/query-text'
import type { AnalyzedQuery, SearchSettings } from '@/search/vietnamese/types'

import {
  buildSynonyms,
  indexSettings,
  type MeiliDocument,
  meiliId,
  toMeiliDocument,
} from './documents'
import { baseQueryText, exactQueryCodes, searchParams, toHit } from './query'

export interface MeilisearchEngineOptions {
  host: string
  apiKey?: string
  indexName: string
}

const TASK_TIMEOUT_MS = 120_000
const UPLOAD_CHUNK = 1000
const VOCABULARY_SAMPLE = 20

/** Waits for a task and turns a failed task into a rejected promise. */
async function settle(task: EnqueuedTaskPromise, allowCode?: string): Promise<void> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS })
  if (done.status === 'succeeded') return
  if (allowCode && done.error?.code === allowCode) return
  throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`)
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch'
  private readonly client: Meilisearch
  private readonly indexName: string
  private settings: Partial<SearchSettings> = {}
  /** Index being filled by a running rebuild; writes go there too so none are lost. */
  private building: string | null = null

  constructor(options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey })
    this.indexName = options.indexName
  }

  private index(uid = this.indexName): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(uid)
  }

  private async prepareIndex(uid: string): Promise<void> {
    await settle(this.client.createIndex(uid, { primaryKey: 'id' }), 'index_already_exists')
    await settle(this.index(uid).updateSettings(indexSettings(this.settings)))
  }

  async init(): Promise<void> {
    await this.prepareIndex(this.indexName)
  }

  private targets(): string[] {
    return this.building ? [this.indexName, this.building] : [this.indexName]
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return
    for (const uid of this.targets()) await this.upload(uid, docs)
  }

  private async upload(uid: string, docs: SearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += UPLOAD_CHUNK) {
      const chunk = docs.slice(i, i + UPLOAD_CHUNK).map(toMeiliDocument)
      await settle(this.index(uid).addDocuments(chunk, { primaryKey: 'id' }))
    }
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    for (const uid of this.targets()) {
      await settle(this.index(uid).deleteDocuments(ids.map(meiliId)))
    }
  }

  search(q: SearchQuery): Promise<SearchResult> {
    const backend: SearchBackend = {
      run: (analyzed, query) => this.run(analyzed, query),
      vocabulary: (analyzed) => this.vocabulary(analyzed),
    }
    return searchWithFallbacks(backend, q, this.settings)
  }

  private async run(analyzed: AnalyzedQuery | null, query: NormalizedQuery): Promise<CoreResult> {
    const text = analyzed ? baseQueryText(analyzed) : ''
    if (analyzed && !text) return { total: 0, hits: [], facets: emptyFacets() }
    const codes = analyzed && query.sort === 'relevance' ? exactQueryCodes(analyzed) : []
    if (codes.length === 0) {
      const res = await this.index().search(text, {
        ...searchParams(query, query.limit),
        page: query.page,
      })
      return this.core(res, res.hits.map(toHit))
    }
    // Exact-spelling hits (a subset of the plain hits) go first. Fetching offset + limit from both
    // lists is always enough to fill the requested page of the merged order.
    const fetch = query.offset + query.limit
    const [plain, exact] = await Promise.all([
      this.index().search(text, searchParams(query, fetch)),
      this.index().search(`${text} ${codes.join(' ')}`, {
        ...searchParams(query, fetch),
        facets: [],
      }),
    ])
    const seen = new Set(exact.hits.map((h) => h.id))
    const merged = [...exact.hits, ...plain.hits.filter((h) => !seen.has(h.id))]
    return this.core(plain, merged.slice(query.offset, fetch).map(toHit))
  }

  private core(res: SearchResponse<MeiliDocument>, hits: CoreResult['hits']): CoreResult {
    const dist = res.facetDistribution ?? {}
    return {
      total: res.totalHits ?? res.estimatedTotalHits ?? hits.length,
      hits,
      facets: { kind: dist.kind ?? {}, category: dist.categories ?? {}, year: dist.year ?? {} },
    }
  }

  /**
   * Meilisearch exposes no term dictionary, so suggestions come from the words of articles that
   * match any single query word (typo tolerance included) plus the newest articles.
   */
  private async vocabulary(analyzed: AnalyzedQuery): Promise<ReadonlySet<string>> {
    const queries = ['', ...analyzed.terms.map((t) => t.exact)].map((q) => ({
      indexUid: this.indexName,
      q,
      limit: VOCABULARY_SAMPLE,
      attributesToRetrieve: ['title', 'sapo', 'body'],
      sort: q ? undefined : ['publishedAtTs:desc'],
    }))
    const res = await this.client.multiSearch<{ queries: typeof queries }, MeiliDocument>({
      queries,
    })
    const words = new Set<string>()
    for (const r of res.results) {
      for (const h of r.hits) {
        for (const w of `${h.title} ${h.sapo} ${h.body}`.match(WORD_PATTERN) ?? []) {
          words.add(w.toLowerCase())
        }
      }
    }
    return words
  }

  async count(): Promise<number> {
    return (await this.index().getStats()).numberOfDocuments
  }

  async health(): Promise<boolean> {
    try {
      if (!(await this.client.isHealthy())) return false
      await this.index().getRawInfo()
      return true
    } catch {
      return false
    }
  }

  /**
   * Not yet safe across processes, unlike the embedded engine (sqlite/rebuild-lock.ts): writes
   * from this process reach the new index too, but another process's index jobs write only to
   * the live one, so their changes are lost at the swap, and two rebuilds in two processes each
   * swap in their own index. The same protocol would fit here (a lock document, a change log
   * replayed before and once more after swapIndexes); until then run `cms reindex` against
   * Meilisearch while nobody edits (README, Search).
   */
  async rebuild(
    source: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<number> {
    if (this.building) throw new Error('A search index rebuild is already running')
    const next = `${this.indexName}_rebuild_${Date.now()}`
    this.building = next
    let done = 0
    try {
      await this.init()
      await this.prepareIndex(next)
      for await (const docs of source) {
        await this.upload(next, docs)
        done += docs.length
        onProgress?.(done)
      }
      await settle(this.client.swapIndexes([{ indexes: [this.indexName, next], rename: false }]))
      return done
    } finally {
      this.building = null
      // After a swap `next` holds the old documents; after a failure, the half-built ones.
      await settle(this.client.deleteIndex(next), 'index_not_found').catch(() => undefined)
    }
  }

  async setSettings(s: Partial<SearchSettings>): Promise<void> {
    this.settings = { ...this.settings, ...s }
    if (s.synonyms) {
      for (const uid of this.targets()) {
        await settle(this.index(uid).updateSynonyms(buildSynonyms(this.settings.synonyms)))
      }
    }
  }

  async close(): Promise<void> {
    // HTTP client: nothing to release.
  }
}
