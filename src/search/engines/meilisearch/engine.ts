// Production engine on Meilisearch (1.18 or newer, checked at init). Meilisearch folds
// diacritics itself, so exact spelling is ranked first by a second query of fold-proof codes
// over the exact fields only (see fold-proof.ts, query.ts) whose hits are put ahead of the plain
// query's hits; totals and facets always come from the plain query. The editors' analyzer
// settings are kept in the `<index>_meta` index, so every process (server, `cms search`, jobs in
// `cms import`) starts with them and none overwrites the synonyms with empty ones.
import {
  type Hit,
  type Index,
  Meilisearch,
  type SearchParams,
  type SearchResponse,
} from 'meilisearch'

import {
  type CoreResult,
  emptyFacets,
  type SearchBackend,
  searchWithFallbacks,
} from '@/search/query/flow'
import type { NormalizedQuery } from '@/search/query/params'
import type {
  IndexedEntry,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from '@/search/types'
import { WORD_PATTERN } from '@/search/vietnamese/query-text'
import type { AnalyzedQuery, SearchSettings } from '@/search/vietnamese/types'

import {
  buildSynonyms,
  indexSettings,
  MAX_TOTAL_HITS,
  type MeiliDocument,
  meiliId,
  PLAIN_ATTRIBUTES,
  toMeiliDocument,
} from './documents'
import {
  baseQueryText,
  exactParams,
  exactQueryText,
  formatParams,
  lit,
  plainIdsParams,
  searchParams,
  toHit,
} from './query'
import { RebuildCoordinator } from './rebuild-lock'
import { isApiError, settle } from './tasks'
import { checkServerVersion } from './version'

export interface MeilisearchEngineOptions {
  host: string
  apiKey?: string
  indexName: string
  /** Per HTTP request; a stalled server fails the search or the index job instead of hanging it. */
  timeoutMs?: number
}

export const DEFAULT_MEILI_TIMEOUT_MS = 10_000
const UPLOAD_CHUNK = 1000
const VOCABULARY_SAMPLE = 20
const SETTINGS_DOC = 'settings'
/** A rebuild refreshes its lock at least this often (STALE_LOCK_MS is 120 s). */
const BEAT_MS = 15_000

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch'
  private readonly client: Meilisearch
  private readonly indexName: string
  private readonly lock: RebuildCoordinator
  private settings: Partial<SearchSettings> = {}
  /** False until the editors' settings were given or read from the meta index. */
  private settingsKnown = false
  private ready = false

  constructor(options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.timeoutMs ?? DEFAULT_MEILI_TIMEOUT_MS,
    })
    this.indexName = options.indexName
    this.lock = new RebuildCoordinator(this.client, options.indexName)
  }

  private index(uid = this.indexName): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(uid)
  }

  /** Synonyms for a (new) index: the editors' when known, else the live index's own. */
  private async synonyms(): Promise<Record<string, string[]> | null> {
    if (this.settingsKnown) return buildSynonyms(this.settings.synonyms)
    try {
      return await this.index().getSynonyms()
    } catch (error) {
      if (isApiError(error, 'index_not_found')) return buildSynonyms()
      throw error
    }
  }

  private async prepareIndex(uid: string, synonyms: Record<string, string[]> | null) {
    await settle(this.client.createIndex(uid, { primaryKey: 'id' }), 'index_already_exists')
    await settle(this.index(uid).updateSettings(indexSettings(synonyms)))
  }

  async init(): Promise<void> {
    await checkServerVersion(this.client)
    const meta = await settle(
      this.client.createIndex(this.lock.metaUid, { primaryKey: 'id' }),
      'index_already_exists',
    )
    // Bookkeeping only, looked up by id: nothing in it needs to be searchable.
    if (meta) await settle(this.lock.meta().updateSettings({ searchableAttributes: ['id'] }))
    if (!this.settingsKnown) await this.loadStoredSettings()
    // Unknown settings (a fresh meta index on an old install): leave the index's synonyms alone.
    const synonyms = this.settingsKnown ? buildSynonyms(this.settings.synonyms) : null
    await this.prepareIndex(this.indexName, synonyms)
    this.ready = true
  }

  private async loadStoredSettings(): Promise<void> {
    try {
      const doc = await this.lock.meta().getDocument(SETTINGS_DOC)
      if ('value' in doc) {
        this.settings = JSON.parse(doc.value) as Partial<SearchSettings>
        this.settingsKnown = true
      }
    } catch (error) {
      if (!isApiError(error, 'document_not_found')) throw error
    }
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return
    await this.write(
      docs.map((d) => d.id),
      docs,
      (uid) => this.upload(uid, docs),
    )
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.write(
      ids,
      ids.map(() => null),
      // A crashed rebuild's index may be gone already; the live index must not be.
      (uid) => this.delete(uid, ids, uid !== this.indexName),
    )
  }

  /** Live writes; while a rebuild runs anywhere: log, then its new index, then live (rebuild-lock.ts). */
  private async write(
    ids: string[],
    docs: Array<SearchDocument | null>,
    apply: (uid: string) => Promise<void>,
  ): Promise<void> {
    const rebuild = await this.lock.active()
    if (rebuild) {
      await this.lock.log(ids, docs)
      await apply(rebuild.target)
    }
    await apply(this.indexName)
  }

  private async upload(uid: string, docs: SearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += UPLOAD_CHUNK) {
      const chunk = docs.slice(i, i + UPLOAD_CHUNK).map(toMeiliDocument)
      await settle(this.index(uid).addDocuments(chunk, { primaryKey: 'id' }))
    }
  }

  private async delete(uid: string, ids: string[], missingOk = false): Promise<void> {
    const task = this.index(uid).deleteDocuments(ids.map(meiliId))
    await settle(task, missingOk ? 'index_not_found' : undefined)
  }

  search(q: SearchQuery): Promise<SearchResult> {
    const backend: SearchBackend = {
      run: (analyzed, query) => this.run(analyzed, query),
      vocabulary: (analyzed) => this.vocabulary(analyzed),
      documentFrequencies: (words) => this.documentFrequencies(words),
    }
    return searchWithFallbacks(backend, q, this.settings)
  }

  private async run(analyzed: AnalyzedQuery | null, query: NormalizedQuery): Promise<CoreResult> {
    const text = analyzed ? baseQueryText(analyzed) : ''
    if (analyzed && !text) return { total: 0, hits: [], facets: emptyFacets() }
    const exact = analyzed && query.sort === 'relevance' ? exactQueryText(analyzed) : ''
    if (!exact) {
      const res = await this.search1(text, {
        ...searchParams(query, query.limit, Boolean(text)),
        page: query.page,
      })
      return this.core(res, res.hits.map(toHit))
    }
    // Exact-spelling hits (a subset of the plain hits) go first. Fetching offset + limit ids from
    // both lists is always enough to fill the requested page of the merged order; only that page
    // is then highlighted and cropped, by one more query limited to its ids.
    const fetch = query.offset + query.limit
    const [plain, exactRes] = await Promise.all([
      this.search1(text, plainIdsParams(query, fetch)),
      this.search1(exact, exactParams(query, fetch)),
    ])
    const seen = new Set(exactRes.hits.map((h) => h.id))
    const order = [
      ...exactRes.hits.map((h) => h.id),
      ...plain.hits.filter((h) => !seen.has(h.id)).map((h) => h.id),
    ].slice(query.offset, fetch)
    const page = order.length > 0 ? await this.search1(text, formatParams(query, order)) : null
    const formattedById = new Map((page?.hits ?? []).map((h) => [h.id, h]))
    const hits = order.flatMap((id) => {
      const h = formattedById.get(id)
      return h ? [toHit(h)] : []
    })
    return this.core(plain, hits)
  }

  private search1(q: string, params: SearchParams): Promise<SearchResponse<MeiliDocument>> {
    return this.index().search(q, params)
  }

  private core(res: SearchResponse<MeiliDocument>, hits: CoreResult['hits']): CoreResult {
    const dist = res.facetDistribution ?? {}
    const total = res.totalHits ?? res.estimatedTotalHits ?? hits.length
    return {
      total,
      hits,
      facets: { kind: dist.kind ?? {}, category: dist.categories ?? {}, year: dist.year ?? {} },
      // Meilisearch stops counting at maxTotalHits: the true total may be larger.
      ...(total >= MAX_TOTAL_HITS ? { totalIsLowerBound: true } : {}),
    }
  }

  /**
   * Matches of each folded word or phrase alone, counted by one multi-search (query/relax.ts and
   * query/words.ts ask); a phrase is searched quoted, Meilisearch's phrase search.
   */
  private async documentFrequencies(words: string[]): Promise<ReadonlyMap<string, number>> {
    const unique = [...new Set(words)].filter((w) => /[\p{L}\p{N}]/u.test(w))
    if (unique.length === 0) return new Map()
    const queries = unique.map((w) => ({
      indexUid: this.indexName,
      q: w.includes(' ') ? `"${w.replace(/"/g, '')}"` : w,
      page: 1,
      hitsPerPage: 0,
      matchingStrategy: 'all' as const,
      attributesToSearchOn: PLAIN_ATTRIBUTES,
    }))
    const res = await this.client.multiSearch<{ queries: typeof queries }, MeiliDocument>({
      queries,
    })
    return new Map(
      res.results.map((r, i) => [unique[i] ?? '', r.totalHits ?? r.estimatedTotalHits ?? 0]),
    )
  }

  /**
   * Meilisearch exposes no term dictionary, so suggestions come from the words of articles that
   * match any single query word plus the newest articles.
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
      for (const h of r.hits as Array<Hit<MeiliDocument>>) {
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

  /**
   * What the index holds, in CMS-id order, for reconciliation (sync/reconcile.ts). String
   * comparison in filters and sorting documents need Meilisearch 1.15 and 1.16 (the 1.18 minimum
   * covers both). Entries at or before `after` are dropped here too: string `>` has had false
   * positives (meilisearch/meilisearch#6335), and the walk must stay strictly ascending.
   */
  async listIndexed(after: string | null, limit: number): Promise<IndexedEntry[]> {
    const { results } = await this.index().getDocuments<
      Pick<MeiliDocument, 'sourceId' | 'updatedAt'>
    >({
      fields: ['sourceId', 'updatedAt'],
      filter: after === null ? undefined : `sourceId > ${lit(after)}`,
      sort: ['sourceId:asc'],
      limit: Math.max(1, Math.trunc(limit)),
    })
    return results
      .filter((doc) => after === null || doc.sourceId > after)
      .sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0))
      .map((doc) => ({ id: doc.sourceId, updatedAt: doc.updatedAt || null }))
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
   * Safe across processes (rebuild-lock.ts): refuses while another rebuild runs, has every
   * writer log its changes and write the new index too, replays the log before and after the
   * swap. `source` pages by key (sync/source.ts), so edits meanwhile cannot shift it.
   */
  async rebuild(
    source: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<number> {
    if (!this.ready) await this.init()
    const target = `${this.lock.targetPrefix}${Date.now()}`
    const lock = await this.lock.acquire(target)
    let done = 0
    try {
      await this.lock.dropLeftovers(target)
      await this.prepareIndex(target, await this.synonyms())
      // The lock document names the target only now that it exists with its settings.
      await this.lock.beat(lock)
      for await (const docs of source) {
        await this.upload(target, docs)
        done += docs.length
        onProgress?.(done)
        if (Date.now() - lock.beat > BEAT_MS) await this.lock.beat(lock)
      }
      const applied = new Map<string, string>()
      const replayInto = (uid: string) => (upserts: SearchDocument[], removes: string[]) =>
        this.replayInto(uid, upserts, removes)
      await this.lock.replay(applied, replayInto(target))
      // A rebuild that stalled long enough for another to take over must not swap its index in.
      await this.lock.assertHeld(lock)
      await settle(this.client.swapIndexes([{ indexes: [this.indexName, target], rename: false }]))
      await this.lock.replay(applied, replayInto(this.indexName))
      return done
    } finally {
      await this.lock.release(lock).catch(() => undefined)
      // After a swap `target` holds the old documents; after a failure, the half-built ones.
      await settle(this.client.deleteIndex(target), 'index_not_found').catch(() => undefined)
    }
  }

  private async replayInto(uid: string, upserts: SearchDocument[], removes: string[]) {
    if (upserts.length > 0) await this.upload(uid, upserts)
    if (removes.length > 0) await this.delete(uid, removes)
  }

  async setSettings(s: Partial<SearchSettings>): Promise<void> {
    this.settings = { ...this.settings, ...s }
    this.settingsKnown = true
    // Before init only recorded: init applies them with the rest of the index settings.
    if (!this.ready) return
    await settle(
      this.lock.meta().addDocuments([{ id: SETTINGS_DOC, value: JSON.stringify(this.settings) }], {
        primaryKey: 'id',
      }),
    )
    if (s.synonyms) {
      const synonyms = buildSynonyms(this.settings.synonyms)
      const rebuild = await this.lock.active()
      for (const uid of rebuild ? [rebuild.target, this.indexName] : [this.indexName]) {
        await settle(this.index(uid).updateSynonyms(synonyms))
      }
    }
  }

  async close(): Promise<void> {
    // HTTP client: nothing to release.
  }
}
