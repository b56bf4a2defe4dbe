// Picks the engine from the environment: Meilisearch when MEILI_HOST is set, otherwise the
// embedded SQLite FTS index, so a fresh install searches without any extra service.
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { SearchEngine } from '@/search/types'

import { MeilisearchEngine } from './meilisearch/engine'
import { SqliteFtsEngine } from './sqlite/engine'
import { searchMemoryFromEnv } from './sqlite/memory-limits'

export const DEFAULT_SEARCH_INDEX_URL = 'file:data/search.db'
export const DEFAULT_MEILI_INDEX = 'articles'

type Env = Record<string, string | undefined>

/** Local file path of a `file:` URL, or null for :memory: and remote URLs. */
export function localDbPath(url: string): string | null {
  if (!url.startsWith('file:')) return null
  const rest = url.slice('file:'.length).split('?')[0] ?? ''
  if (!rest || rest === ':memory:') return null
  return rest.startsWith('//') ? new URL(url).pathname : rest
}

export function createSearchEngine(env: Env = process.env): SearchEngine {
  const host = env.MEILI_HOST?.trim()
  if (host) {
    return new MeilisearchEngine({
      host,
      apiKey: env.MEILI_API_KEY || undefined,
      indexName: env.MEILI_INDEX?.trim() || DEFAULT_MEILI_INDEX,
      timeoutMs: meiliTimeout(env.MEILI_TIMEOUT_MS),
    })
  }
  const url = env.SEARCH_INDEX_URL?.trim() || DEFAULT_SEARCH_INDEX_URL
  const file = localDbPath(url)
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const budget = bm25Budget(env.SEARCH_BM25_BUDGET)
  return new SqliteFtsEngine(url, {
    ...(budget === undefined ? {} : { bm25Budget: budget }),
    ...searchMemoryFromEnv(env),
    searchThread: searchThread(env.SEARCH_THREAD),
  })
}

/**
 * The server's default (startServer): searches in a thread unless SEARCH_THREAD is 0. Blank
 * counts as unset, as for every other variable: `.env.example` copied to `.env` leaves it blank,
 * and `??=` took that for a choice and left the thread off.
 */
export function serverSearchThreadDefault(env: Env = process.env): void {
  if ((env.SEARCH_THREAD?.trim() ?? '') === '') env.SEARCH_THREAD = '1'
}

/** SEARCH_THREAD: 1 runs searches in a worker thread (the server sets it), 0 or unset does not. */
export function searchThread(value: string | undefined): boolean {
  const v = value?.trim() ?? ''
  if (v === '' || v === '0') return false
  if (v === '1') return true
  throw new Error(`SEARCH_THREAD must be 1 or 0, got "${v}"`)
}

/** SEARCH_BM25_BUDGET: postings a bm25 query may cost; a faster machine can afford more. */
export function bm25Budget(value: string | undefined): number | undefined {
  const v = value?.trim()
  if (!v) return undefined
  if (!/^\d+$/.test(v)) {
    throw new Error(`SEARCH_BM25_BUDGET must be a whole number of postings, got "${v}"`)
  }
  return Number(v)
}

/** MEILI_TIMEOUT_MS: per HTTP request to Meilisearch, so a stalled server cannot hang searches. */
export function meiliTimeout(value: string | undefined): number | undefined {
  const v = value?.trim()
  if (!v) return undefined
  if (!/^\d+$/.test(v) || Number(v) < 100) {
    throw new Error(`MEILI_TIMEOUT_MS must be a whole number of milliseconds (≥ 100), got "${v}"`)
  }
  return Number(v)
}
