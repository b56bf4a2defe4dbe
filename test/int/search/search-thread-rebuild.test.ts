// A rebuild on the main connection and searches in the thread (search-thread.ts): the thread's
// engine keeps words between searches (suggestion vocabulary, document frequency estimates) that
// the index version does not key, so it must drop them when the main engine swaps in a rebuild,
// as a search on the main connection does.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { SearchDocument, SearchResult } from '@/search/types'

import { makeDistractors } from '../../../bench/search/distractors/generate'

const dir = mkdtempSync(path.join(tmpdir(), 'search-thread-rebuild-'))
const url = `file:${path.join(dir, 'search.db')}`
const SIZE = 60
const corpus = makeDistractors({ seed: 5, count: SIZE })
const articles = Array.from({ length: SIZE }, (_, i) => corpus.article(i))
let threaded: SqliteFtsEngine

beforeAll(async () => {
  threaded = new SqliteFtsEngine(url, { searchThread: true, rebuildWorkers: 0 })
  await threaded.init()
  await threaded.upsert(articles)
}, 120_000)

afterAll(async () => {
  await threaded.close()
  rmSync(dir, { recursive: true, force: true })
})

async function* pages(docs: SearchDocument[]): AsyncIterable<SearchDocument[]> {
  yield docs
}

/** Everything but the time it took. */
const answer = (r: SearchResult) => JSON.stringify({ ...r, tookMs: 0 })

describe('a search thread after a rebuild on the main connection', () => {
  it('suggests the words the rebuilt index holds, as the request thread does', async () => {
    const typo = 'kholangtiem'
    // Loads the thread's vocabulary, which does not hold the word yet.
    expect((await threaded.search({ q: typo })).didYouMean).toBeUndefined()
    const fresh = { ...articles[0]!, id: 'fresh-1', slug: 'fresh-1', title: 'Tin kholangtien' }
    await threaded.rebuild(pages([...articles, fresh]))
    const plain = new SqliteFtsEngine(url, { resultCache: false })
    try {
      const expected = await plain.search({ q: typo })
      expect(expected.didYouMean).toBe('kholangtien')
      expect(answer(await threaded.search({ q: typo }))).toBe(answer(expected))
    } finally {
      await plain.close()
    }
  }, 120_000)
})
