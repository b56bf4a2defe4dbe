// A search whose impact path must write a word list while another connection holds the index's
// write lock (a rebuild, a long import batch) answers through the exact statement, with the same
// page, instead of failing with SQLITE_BUSY (impact.ts listsOrBusy): the lists are only a cache.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { PathEvent } from '@/search/engines/sqlite/impact'
import type { SearchResult } from '@/search/types'

import { searchDoc } from '../../helpers/search-doc'

const dir = mkdtempSync(path.join(tmpdir(), 'impact-busy-'))
const url = `file:${path.join(dir, 'search.db')}`
// The impact path needs an index more than 8,000 rows wide (sample.ts); short rows build fast.
const SIZE = 8200
const events: PathEvent[] = []
let engine: SqliteFtsEngine

beforeAll(async () => {
  // bm25Budget 0: every search of this index takes the impact path, which writes word lists.
  engine = new SqliteFtsEngine(url, {
    resultCache: false,
    bm25Budget: 0,
    trace: (event) => events.push(event),
  })
  await engine.init()
  for (let i = 0; i < SIZE; i += 1000)
    await engine.upsert(
      Array.from({ length: Math.min(1000, SIZE - i) }, (_, k) =>
        searchDoc(`t${i + k}`, {
          title: `Tin số ${i + k}`,
          body: (i + k) % 7 === 0 ? 'kinh tế xã hội phát triển' : 'kinh tế xã hội',
          publishedAt: new Date(Date.UTC(2024, 0, 1) + (i + k) * 60_000).toISOString(),
        }),
      ),
    )
}, 180_000)

afterAll(async () => {
  await engine?.close()
  rmSync(dir, { recursive: true, force: true })
})

const page = (r: SearchResult) => ({ total: r.total, ids: r.hits.map((h) => h.id) })

describe('a search while the write lock is held elsewhere', () => {
  it('answers with the exact page instead of failing', async () => {
    // Proven through the lists of 'xa' and 'hoi' once they exist; no search has written them yet.
    const query = { q: 'xã hội phát triển', limit: 10 }
    // No search ran before this one, so its lists are still to be written.
    let busy: SearchResult | undefined
    const other = createClient({ url })
    const lock = await other.transaction('write')
    await lock.execute(`CREATE TABLE IF NOT EXISTS held (x)`)
    events.length = 0
    try {
      busy = await engine.search(query)
      expect(busy.rankedByImpact).toBeUndefined()
      expect(events).toContainEqual(expect.objectContaining({ kind: 'lists-busy' }))
    } finally {
      await lock.rollback()
      other.close()
    }

    // With the lock released, a connection of its own writes the lists and the impact path proves
    // the same page. (Not the same engine: the failed BEGIN IMMEDIATE leaves a statement in
    // progress on its connection until the garbage collector finalizes it, and until then its
    // writes fail at once with SQLITE_BUSY; its searches answer exactly meanwhile, as above.)
    events.length = 0
    const fresh = new SqliteFtsEngine(url, {
      resultCache: false,
      bm25Budget: 0,
      trace: (event) => events.push(event),
    })
    try {
      const after = await fresh.search(query)
      expect(busy && page(busy)).toEqual(page(after))
      expect(after.total).toBeGreaterThan(1000)
      expect(after.rankedByImpact).toBe(true)
      expect(events).not.toContainEqual(expect.objectContaining({ kind: 'lists-busy' }))
    } finally {
      await fresh.close()
    }
  }, 60_000)
})
