// The search thread's engine opens its connection at its first search (search-worker.ts). The
// main connection has created and migrated the tables by then, so the thread must not take the
// write lock to create them again: a long write elsewhere (a rebuild's merge, an import in
// another process) holds that lock for seconds, and a search used to read through it in WAL.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient, type Transaction } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { makeDistractors } from '../../../bench/search/distractors/generate'

const dir = mkdtempSync(path.join(tmpdir(), 'search-thread-lock-'))
const url = `file:${path.join(dir, 'search.db')}`
const SIZE = 60
const corpus = makeDistractors({ seed: 7, count: SIZE })

beforeAll(async () => {
  const writer = new SqliteFtsEngine(url)
  await writer.upsert(Array.from({ length: SIZE }, (_, i) => corpus.article(i)))
  await writer.close()
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a search thread opening while another connection holds the write lock', () => {
  it('answers as the request thread does, without waiting for the lock', async () => {
    const threaded = new SqliteFtsEngine(url, { searchThread: true })
    const plain = new SqliteFtsEngine(url, { resultCache: false })
    await threaded.init()
    await plain.init()
    const other = createClient({ url })
    let lock: Transaction | null = null
    try {
      lock = await other.transaction('write')
      await lock.execute("INSERT INTO search_meta (key, value) VALUES ('held', '1')")
      const started = Date.now()
      const expected = await plain.search({ q: 'chi bộ' })
      const got = await threaded.search({ q: 'chi bộ' })
      expect({ ...got, tookMs: 0 }).toEqual({ ...expected, tookMs: 0 })
      // busy_timeout is 5 s: a thread that takes the lock fails (SQLITE_BUSY) after it.
      expect(Date.now() - started).toBeLessThan(4000)
    } finally {
      await lock?.rollback()
      other.close()
      await threaded.close()
      await plain.close()
    }
  }, 60_000)
})
