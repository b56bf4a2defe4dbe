import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseEnv } from 'node:util'

import { describe, expect, it } from 'vitest'

import {
  bm25Budget,
  createSearchEngine,
  localDbPath,
  searchThread,
  serverSearchThreadDefault,
} from '@/search/engines/create-engine'
import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import {
  SEARCH_CACHE_MIB,
  SEARCH_MMAP_MIB,
  searchMemoryFromEnv,
} from '@/search/engines/sqlite/memory-limits'

describe('createSearchEngine', () => {
  it('uses Meilisearch when MEILI_HOST is set', () => {
    const engine = createSearchEngine({ MEILI_HOST: 'http://127.0.0.1:7700', MEILI_API_KEY: 'k' })
    expect(engine.name).toBe('meilisearch')
  })

  it('falls back to SQLite FTS and creates the data directory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-env-'))
    const file = path.join(dir, 'nested', 'search.db')
    const engine = createSearchEngine({ SEARCH_INDEX_URL: `file:${file}` })
    expect(engine.name).toBe('sqlite-fts')
    expect(existsSync(path.dirname(file))).toBe(true)
    await engine.init()
    expect(await engine.health()).toBe(true)
    await engine.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('reads the bm25 budget and refuses anything but a whole number', () => {
    expect(bm25Budget(undefined)).toBeUndefined()
    expect(bm25Budget(' ')).toBeUndefined()
    expect(bm25Budget('200000')).toBe(200_000)
    expect(() => bm25Budget('lots')).toThrow(/SEARCH_BM25_BUDGET/)
    expect(() => bm25Budget('-5')).toThrow(/SEARCH_BM25_BUDGET/)
    expect(() => createSearchEngine({ SEARCH_BM25_BUDGET: '1e9' })).toThrow(/whole number/)
  })

  it('reads SEARCH_THREAD as 1 or 0, off when unset', () => {
    expect(searchThread(undefined)).toBe(false)
    expect(searchThread(' ')).toBe(false)
    expect(searchThread('0')).toBe(false)
    expect(searchThread(' 1 ')).toBe(true)
    expect(() => searchThread('yes')).toThrow(/SEARCH_THREAD must be 1 or 0/)
    expect(() => createSearchEngine({ SEARCH_THREAD: 'true' })).toThrow(/SEARCH_THREAD/)
  })

  it("turns the server's thread on when SEARCH_THREAD is unset or blank, as .env.example leaves it", () => {
    // `cp .env.example .env`: process.loadEnvFile sets SEARCH_THREAD to '', which is not unset.
    const copied: Record<string, string | undefined> = parseEnv(
      readFileSync('.env.example', 'utf8'),
    )
    expect(copied.SEARCH_THREAD).toBe('')
    serverSearchThreadDefault(copied)
    expect(searchThread(copied.SEARCH_THREAD)).toBe(true)
    const unset: Record<string, string | undefined> = {}
    serverSearchThreadDefault(unset)
    expect(searchThread(unset.SEARCH_THREAD)).toBe(true)
    const off: Record<string, string | undefined> = { SEARCH_THREAD: '0' }
    serverSearchThreadDefault(off)
    expect(searchThread(off.SEARCH_THREAD)).toBe(false)
  })

  it('reads the search memory caps and refuses anything but whole MB', () => {
    expect(searchMemoryFromEnv({})).toEqual({})
    expect(searchMemoryFromEnv({ SEARCH_CACHE_MB: ' 16 ', SEARCH_MMAP_MB: '0' })).toEqual({
      cacheMiB: 16,
      mmapMiB: 0,
    })
    expect(() => searchMemoryFromEnv({ SEARCH_CACHE_MB: '1.5' })).toThrow(/SEARCH_CACHE_MB/)
    expect(() => createSearchEngine({ SEARCH_MMAP_MB: '-1' })).toThrow(/SEARCH_MMAP_MB/)
  })

  it('applies the memory caps to the index connection', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-memory-'))
    const url = `file:${path.join(dir, 'search.db')}`
    const capped = createSearchEngine({
      SEARCH_INDEX_URL: url,
      SEARCH_CACHE_MB: '8',
      SEARCH_MMAP_MB: '16',
    })
    expect(capped).toBeInstanceOf(SqliteFtsEngine)
    expect(await (capped as SqliteFtsEngine).memoryLimits()).toEqual({
      cacheKiB: 8 * 1024,
      mmapBytes: 16 * 1024 * 1024,
    })
    await capped.close()
    const defaults = createSearchEngine({ SEARCH_INDEX_URL: url }) as SqliteFtsEngine
    expect(await defaults.memoryLimits()).toEqual({
      cacheKiB: SEARCH_CACHE_MIB * 1024,
      mmapBytes: SEARCH_MMAP_MIB * 1024 * 1024,
    })
    await defaults.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('reads file paths out of libsql URLs', () => {
    expect(localDbPath('file:data/search.db')).toBe('data/search.db')
    expect(localDbPath('file:/tmp/x.db?mode=rw')).toBe('/tmp/x.db')
    expect(localDbPath(':memory:')).toBeNull()
    expect(localDbPath('libsql://example.turso.io')).toBeNull()
  })
})
