// A small Meilisearch stand-in over real HTTP, for offline tests of the Meilisearch engine (no
// server can be installed here). It keeps indexes, documents, settings and tasks the way the
// 1.18 API describes them: writes answer 202 with a task that has already run (so task order is
// request order), index creation fails with index_already_exists, adding documents creates a
// missing index, swap-indexes exchanges two indexes, errors carry Meilisearch's codes. Searches
// answer from `onSearch` when a test sets it, else by simple all-words matching; either way the
// hits pass through fake-meilisearch-search.ts (displayed attributes, highlighting, cropping).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  type Doc,
  FilterError,
  formatHit,
  matches,
  parseFilter,
  SEARCH_PARAMS,
  type SearchBody,
  visible,
} from './fake-meilisearch-search'

export interface FakeIndex {
  createdAt: string
  updatedAt: string
  docs: Map<string, Doc>
  settings: Record<string, unknown>
}

export interface RecordedRequest {
  method: string
  path: string
  body: unknown
}

interface Task {
  uid: number
  indexUid: string | null
  status: 'succeeded' | 'failed'
  type: string
  error: { message: string; code: string; type: string; link: string } | null
}

interface FetchBody {
  fields?: string[]
  filter?: string | string[]
  sort?: string[]
  limit?: number
  offset?: number
}
const FETCH_PARAMS = new Set(['fields', 'filter', 'sort', 'limit', 'offset', 'retrieveVectors'])

type SearchAnswer = { hits: Doc[]; totalHits?: number } | undefined

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code)
  }
}

/** Index settings a 1.18 server knows; it refuses any other key (synchronously, with a 400). */
const SETTINGS = new Set([
  'displayedAttributes',
  'searchableAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'rankingRules',
  'stopWords',
  'nonSeparatorTokens',
  'separatorTokens',
  'dictionary',
  'synonyms',
  'distinctAttribute',
  'proximityPrecision',
  'typoTolerance',
  'faceting',
  'pagination',
  'embedders',
  'searchCutoffMs',
  'localizedAttributes',
  'facetSearch',
  'prefixSearch',
  'chat',
])
const TYPO_TOLERANCE = new Set([
  'enabled',
  'minWordSizeForTypos',
  'disableOnWords',
  'disableOnAttributes',
  'disableOnNumbers',
])

function checkSettings(body: Record<string, unknown>): void {
  if (Object.keys(body).some((k) => !SETTINGS.has(k))) throw new ApiError(400, 'bad_request')
  const typo = body.typoTolerance as Record<string, unknown> | undefined
  if (typo && Object.keys(typo).some((k) => !TYPO_TOLERANCE.has(k))) {
    throw new ApiError(400, 'invalid_settings_typo_tolerance')
  }
  const words = typo?.minWordSizeForTypos as { oneTypo?: number; twoTypos?: number } | undefined
  if (words && (words.oneTypo ?? 5) > (words.twoTypos ?? 9)) {
    throw new ApiError(400, 'invalid_settings_typo_tolerance')
  }
  if (
    body.prefixSearch !== undefined &&
    !['indexingTime', 'disabled'].includes(String(body.prefixSearch))
  ) {
    throw new ApiError(400, 'invalid_settings_prefix_search')
  }
  const max = (body.pagination as { maxTotalHits?: unknown } | undefined)?.maxTotalHits
  if (max !== undefined && (typeof max !== 'number' || max < 1)) {
    throw new ApiError(400, 'invalid_settings_pagination')
  }
}

export class FakeMeilisearch {
  readonly indexes = new Map<string, FakeIndex>()
  readonly requests: RecordedRequest[] = []
  version = '1.18.0'
  /** Requests this matches are never answered (a stalled server). */
  stall: (req: RecordedRequest) => boolean = () => false
  /** Canned search answers; undefined falls back to matching the stored documents. */
  onSearch: (uid: string, body: SearchBody) => SearchAnswer = () => undefined
  /** Runs before a request is handled (lets a test interleave another writer). */
  beforeRequest: (req: RecordedRequest) => Promise<void> | void = () => undefined
  /** Every hit answered to a search, as sent (tests count highlighting work and payload). */
  readonly served: Array<Record<string, unknown>> = []
  private readonly tasks = new Map<number, Task>()
  private server: Server | undefined
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise((resolve) => this.server?.close(resolve))
  }

  /** Requests whose path ends with `suffix` (e.g. '/search'), bodies typed by the caller. */
  sent<T>(method: string, suffix: string): T[] {
    return this.requests
      .filter((r) => r.method === method && r.path.endsWith(suffix))
      .map((r) => r.body as T)
  }

  docs(uid: string): Doc[] {
    return [...(this.indexes.get(uid)?.docs.values() ?? [])]
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://x')
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    }
    this.requests.push(rec)
    if (this.stall(rec)) return
    await this.beforeRequest(rec)
    try {
      const [status, body] = this.route(rec, url.searchParams)
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(500, 'internal')
      res
        .writeHead(e.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: e.code, code: e.code, type: 'invalid_request', link: '' }))
    }
  }

  private index(uid: string): FakeIndex {
    const idx = this.indexes.get(uid)
    if (!idx) throw new ApiError(404, 'index_not_found')
    return idx
  }

  private ensure(uid: string): FakeIndex {
    let idx = this.indexes.get(uid)
    if (!idx) {
      const now = new Date().toISOString()
      idx = { createdAt: now, updatedAt: now, docs: new Map(), settings: {} }
      this.indexes.set(uid, idx)
    }
    return idx
  }

  /** Runs a write now and answers with its (finished) task, as a real server would enqueue it. */
  private task(indexUid: string | null, type: string, run: () => void): [number, unknown] {
    const uid = this.tasks.size
    let error: Task['error'] = null
    try {
      run()
      if (indexUid && this.indexes.has(indexUid))
        this.index(indexUid).updatedAt = new Date().toISOString()
    } catch (e) {
      const code = e instanceof ApiError ? e.code : 'internal'
      error = { message: code, code, type: 'invalid_request', link: '' }
    }
    this.tasks.set(uid, { uid, indexUid, status: error ? 'failed' : 'succeeded', type, error })
    return [
      202,
      { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() },
    ]
  }

  private route(r: RecordedRequest, params: URLSearchParams): [number, unknown] {
    const p = r.path.split('/').filter(Boolean).map(decodeURIComponent)
    const body = r.body as Record<string, unknown> & unknown[]
    const key = `${r.method} ${p[0] ?? ''}${p.length > 2 ? `/*/${p.slice(2).join('/')}` : p.length === 2 ? '/*' : ''}`
    const uid = p[1] ?? ''
    switch (key) {
      case 'GET version':
        return [200, { pkgVersion: this.version, commitSha: 'x', commitDate: 'x' }]
      case 'GET health':
        return [200, { status: 'available' }]
      case 'GET tasks/*':
        return [200, this.tasks.get(Number(uid)) ?? { status: 'failed' }]
      case 'GET indexes': {
        const results = [...this.indexes].map(([u, i]) => ({
          uid: u,
          primaryKey: 'id',
          ...i,
          docs: undefined,
          settings: undefined,
        }))
        return [
          200,
          { results, offset: 0, limit: Number(params.get('limit') ?? 20), total: results.length },
        ]
      }
      case 'POST indexes':
        return this.task(String(body.uid), 'indexCreation', () => {
          if (this.indexes.has(String(body.uid))) throw new ApiError(400, 'index_already_exists')
          this.ensure(String(body.uid))
        })
      case 'GET indexes/*': {
        const i = this.index(uid)
        return [200, { uid, primaryKey: 'id', createdAt: i.createdAt, updatedAt: i.updatedAt }]
      }
      case 'DELETE indexes/*':
        return this.task(uid, 'indexDeletion', () => {
          this.index(uid)
          this.indexes.delete(uid)
        })
      case 'PATCH indexes/*/settings':
        checkSettings(body)
        return this.task(uid, 'settingsUpdate', () =>
          Object.assign(this.ensure(uid).settings, body),
        )
      case 'GET indexes/*/settings/synonyms':
        return [200, this.index(uid).settings.synonyms ?? {}]
      case 'PUT indexes/*/settings/synonyms':
        return this.task(uid, 'settingsUpdate', () => (this.ensure(uid).settings.synonyms = body))
      case 'GET indexes/*/stats':
        return [200, { numberOfDocuments: this.index(uid).docs.size, isIndexing: false }]
      case 'POST indexes/*/documents':
        return this.task(uid, 'documentAdditionOrUpdate', () => {
          // Meilisearch's rule for document ids; a batch with one bad id fails whole.
          const bad = (body as Doc[]).some(
            (d) => !/^[A-Za-z0-9_-]+$/.test(String(d.id)) || Buffer.byteLength(String(d.id)) > 511,
          )
          if (bad) throw new ApiError(400, 'invalid_document_id')
          const idx = this.ensure(uid)
          for (const d of body as Doc[]) idx.docs.set(d.id, d)
        })
      case 'POST indexes/*/documents/delete-batch':
        return this.task(uid, 'documentDeletion', () => {
          const idx = this.index(uid)
          for (const id of body as string[]) idx.docs.delete(id)
        })
      case 'GET indexes/*/documents': {
        // The same listing as documents/fetch, its lists given comma-separated.
        const list = (name: string) => params.get(name)?.split(',') ?? undefined
        const query: FetchBody = { fields: list('fields'), sort: list('sort') }
        if (params.has('offset')) query.offset = Number(params.get('offset'))
        if (params.has('limit')) query.limit = Number(params.get('limit'))
        return [200, this.fetchDocuments(uid, query)]
      }
      case 'POST indexes/*/documents/fetch':
        return [200, this.fetchDocuments(uid, r.body as FetchBody)]
      case 'GET indexes/*/documents/' + (p[3] ?? ''): {
        const doc = this.index(uid).docs.get(p[3] ?? '')
        if (!doc) throw new ApiError(404, 'document_not_found')
        return [200, doc]
      }
      case 'POST indexes/*/search':
        return [200, this.search(uid, r.body as SearchBody)]
      case 'POST multi-search': {
        const queries = (r.body as { queries: Array<SearchBody & { indexUid: string }> }).queries
        return [
          200,
          {
            results: queries.map((q) => ({ indexUid: q.indexUid, ...this.search(q.indexUid, q) })),
          },
        ]
      }
      case 'POST swap-indexes':
        return this.task(null, 'indexSwap', () => {
          for (const { indexes } of body as Array<{ indexes: [string, string] }>) {
            const a = this.index(indexes[0])
            const b = this.index(indexes[1])
            this.indexes.set(indexes[0], b)
            this.indexes.set(indexes[1], a)
          }
        })
      default:
        throw new ApiError(404, `no_route ${key}`)
    }
  }

  /** POST documents/fetch: filter, sort (1.16+) and fields, shown through displayedAttributes. */
  private fetchDocuments(uid: string, body: FetchBody) {
    const settings = this.index(uid).settings
    const unknown = Object.keys(body).filter((k) => !FETCH_PARAMS.has(k))
    if (unknown.length > 0) throw new ApiError(400, 'bad_request')
    const filters = body.filter === undefined ? [] : [body.filter].flat()
    let conditions: Array<(d: Doc) => boolean>
    try {
      const filterable = settings.filterableAttributes as string[] | undefined
      conditions = filters.map((f) => parseFilter(f, filterable))
    } catch (error) {
      if (error instanceof FilterError) throw new ApiError(400, 'invalid_document_filter')
      throw error
    }
    const sortable = (settings.sortableAttributes as string[] | undefined) ?? []
    let found = [...this.index(uid).docs.values()].filter((d) => conditions.every((c) => c(d)))
    for (const spec of [...(body.sort ?? [])].reverse()) {
      const [attr = '', dir] = spec.split(':')
      if (!sortable.includes(attr) || (dir !== 'asc' && dir !== 'desc')) {
        throw new ApiError(400, 'invalid_document_sort')
      }
      found = [...found].sort((a, b) => {
        const x = String(a[attr] ?? '')
        const y = String(b[attr] ?? '')
        const d = x < y ? -1 : x > y ? 1 : 0
        return dir === 'asc' ? d : -d
      })
    }
    const offset = body.offset ?? 0
    const limit = body.limit ?? 20
    const displayed = settings.displayedAttributes as string[] | undefined
    const results = found
      .slice(offset, offset + limit)
      .map((d) => visible(d, displayed, { attributesToRetrieve: body.fields }))
    return { results, offset, limit, total: found.length }
  }

  private search(uid: string, body: SearchBody) {
    const idx = this.index(uid)
    const settings = idx.settings
    const searchable = settings.searchableAttributes as string[] | undefined
    const displayed = settings.displayedAttributes as string[] | undefined
    const unknown = Object.keys(body).filter((k) => !SEARCH_PARAMS.has(k) && k !== 'indexUid')
    if (unknown.length > 0) throw new ApiError(400, 'bad_request')
    const on = body.attributesToSearchOn
    if (on && searchable && !searchable.includes('*') && on.some((a) => !searchable.includes(a))) {
      throw new ApiError(400, 'invalid_search_attributes_to_search_on')
    }
    let conditions: Array<(d: Doc) => boolean>
    try {
      const filterable = settings.filterableAttributes as string[] | undefined
      conditions = (body.filter ?? []).map((f) => parseFilter(f, filterable))
    } catch (error) {
      if (error instanceof FilterError) throw new ApiError(400, 'invalid_search_filter')
      throw error
    }
    const sortable = (settings.sortableAttributes as string[] | undefined) ?? []
    const sort = (body.sort ?? []).map((s) => {
      const [attr = '', dir] = s.split(':')
      if (!sortable.includes(attr) || (dir !== 'asc' && dir !== 'desc')) {
        throw new ApiError(400, 'invalid_search_sort')
      }
      return { attr, dir }
    })
    const canned = this.onSearch(uid, body)
    let found = (
      canned?.hits ?? [...idx.docs.values()].filter((d) => matches(d, body, searchable))
    ).filter((d) => conditions.every((c) => c(d)))
    for (const { attr, dir } of sort.reverse()) {
      found = [...found].sort((a, b) => {
        const d = Number(a[attr] ?? 0) - Number(b[attr] ?? 0)
        return dir === 'asc' ? d : -d
      })
    }
    // Meilisearch stops counting (and serving hits) at maxTotalHits, 1000 by default.
    const max = (settings.pagination as { maxTotalHits?: number } | undefined)?.maxTotalHits ?? 1000
    const total = Math.min(canned?.totalHits ?? found.length, max)
    found = found.slice(0, max)
    const per = body.hitsPerPage ?? 20
    const page = body.page ?? 1
    const hits = found.slice((page - 1) * per, page * per).map((d) => {
      const hit: Record<string, unknown> = visible(d, displayed, body)
      const formatted = formatHit(d, body, displayed)
      if (formatted) hit._formatted = formatted
      return hit
    })
    this.served.push(...hits)
    return {
      hits,
      query: body.q ?? '',
      processingTimeMs: 1,
      hitsPerPage: per,
      page,
      totalPages: Math.ceil(total / per),
      totalHits: total,
      facetDistribution: {},
    }
  }
}
