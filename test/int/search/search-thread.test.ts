// Searches in a worker thread (search-thread.ts): the same answers as on the request thread, the
// request thread free while a search runs, every committed write seen, the editors' settings
// applied, a bad query still a 400, and a thread that dies replaced at the next search.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { SearchQueryError, type SearchResult } from '@/search/types'

import { makeDistractors } from '../../../bench/search/distractors/generate'
import { generatedQueries } from '../../../bench/search/distractors/queries'

const dir = mkdtempSync(path.join(tmpdir(), 'search-thread-'))
const url = `file:${path.join(dir, 'search.db')}`
const SIZE = 600
const corpus = makeDistractors({ seed: 11, count: SIZE })
let plain: SqliteFtsEngine
let threaded: SqliteFtsEngine

beforeAll(async () => {
  plain = new SqliteFtsEngine(url, { resultCache: false })
  await plain.init()
  await plain.upsert(Array.from({ length: SIZE }, (_, i) => corpus.article(i)))
  threaded = new SqliteFtsEngine(url, { searchThread: true })
  await threaded.init()
}, 120_000)

afterAll(async () => {
  await threaded.close()
  await plain.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Everything but the time it took. */
const answer = (r: SearchResult) => JSON.stringify({ ...r, tookMs: 0 })

describe('searches in a worker thread', () => {
  it('give the same results as the request thread, pages and filters included', async () => {
    const queries = generatedQueries(corpus, SIZE, 40)
    expect(queries.length).toBe(40)
    let withHits = 0
    for (const q of queries) {
      for (const query of [{ q }, { q, page: 2, limit: 5 }, { q, kind: 'document' }]) {
        const expected = await plain.search(query)
        if (expected.total > 0) withHits++
        expect(answer(await threaded.search(query))).toBe(answer(expected))
      }
    }
    expect(withHits).toBeGreaterThan(60)
  }, 120_000)

  it('leave the request thread free while they run', async () => {
    // setImmediate runs once the event loop turns: on the request thread the search's
    // statements run first (they answer synchronously), in the thread the callback comes first.
    const order = async (engine: SqliteFtsEngine) => {
      const events: string[] = []
      const turned = new Promise<void>((resolve) =>
        setImmediate(() => {
          events.push('turn')
          resolve()
        }),
      )
      await Promise.all([
        engine.search({ q: 'đảng ủy khối các cơ quan tỉnh' }).then(() => events.push('search')),
        turned,
      ])
      return events.join(',')
    }
    expect(await order(plain)).toBe('search,turn')
    expect(await order(threaded)).toBe('turn,search')
  }, 60_000)

  it('see a write committed on the main connection at once', async () => {
    const word = 'zyxwvuq'
    expect((await threaded.search({ q: word })).total).toBe(0)
    await threaded.upsert([
      { ...corpus.article(0), id: 'fresh-1', slug: 'fresh-1', title: `Tin ${word}` },
    ])
    const found = await threaded.search({ q: word })
    expect(found.hits.map((h) => h.id)).toEqual(['fresh-1'])
    await threaded.remove(['fresh-1'])
    expect((await threaded.search({ q: word })).total).toBe(0)
  }, 60_000)

  it("apply the editors' settings given on the main thread", async () => {
    const word = 'qqsynonymzz'
    expect((await threaded.search({ q: word })).total).toBe(0)
    const settings = { synonyms: [[word, 'đảng ủy']] }
    await threaded.setSettings(settings)
    await plain.setSettings(settings)
    const found = await threaded.search({ q: word })
    expect(found.total).toBeGreaterThan(0)
    expect(answer(found)).toBe(answer(await plain.search({ q: word })))
    await threaded.setSettings({ synonyms: [] })
    await plain.setSettings({ synonyms: [] })
    expect((await threaded.search({ q: word })).total).toBe(0)
  }, 60_000)

  it('keep a bad query a SearchQueryError with its Vietnamese message', async () => {
    const error = await threaded.search({ q: 'đảng', from: '2026-02-30x' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SearchQueryError)
    expect((error as SearchQueryError).userMessage).toMatch(/^Ngày lọc không hợp lệ/)
  }, 60_000)

  it("leave the worker module's location to Next's copy of this module", () => {
    // search-thread-bundle.test.ts: a bundled copy cannot locate it by itself.
    const shared = globalThis as typeof globalThis & { __cmsSearchWorkerSource?: string }
    expect(shared.__cmsSearchWorkerSource).toMatch(/search-worker\.ts/)
  })

  it('replace a thread that died at the next search', async () => {
    const thread = (
      threaded as unknown as { thread: { worker: { terminate: () => Promise<number> } | null } }
    ).thread
    expect(thread.worker).not.toBeNull()
    await thread.worker?.terminate()
    const again = await threaded.search({ q: 'chi bộ' })
    expect(answer(again)).toBe(answer(await plain.search({ q: 'chi bộ' })))
    expect(thread.worker).not.toBeNull()
  }, 60_000)
})
