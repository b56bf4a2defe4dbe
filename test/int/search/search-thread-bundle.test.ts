// Next's server bundle holds its own copy of the search modules, where the worker's module cannot
// be located (worker-source.ts: a bundle has no search-worker file beside it, nor
// import.meta.resolve). The engine is shared through globalThis, so Next's copy creates it
// whenever it asks first (after a failed start, a settings save through the admin): its thread
// must still start, from the location the server's copy left.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { makeDistractors } from '../../../bench/search/distractors/generate'

// This file's copy of the modules is the bundle's: its own lookup finds nothing.
vi.mock('@/search/engines/sqlite/worker-source', () => ({ workerSource: () => null }))

const dir = mkdtempSync(path.join(tmpdir(), 'search-thread-bundle-'))
const url = `file:${path.join(dir, 'search.db')}`
const corpus = makeDistractors({ seed: 9, count: 60 })
const shared = globalThis as typeof globalThis & { __cmsSearchWorkerSource?: string }
let before: string | undefined

beforeAll(async () => {
  // What the server's copy, loaded first, leaves (search-thread.ts).
  const actual = await vi.importActual<typeof import('@/search/engines/sqlite/worker-source')>(
    '@/search/engines/sqlite/worker-source',
  )
  before = shared.__cmsSearchWorkerSource
  shared.__cmsSearchWorkerSource = actual.workerSource('search-worker') ?? undefined
  const writer = new SqliteFtsEngine(url)
  await writer.upsert(Array.from({ length: 60 }, (_, i) => corpus.article(i)))
  await writer.close()
}, 120_000)

afterAll(() => {
  shared.__cmsSearchWorkerSource = before
  rmSync(dir, { recursive: true, force: true })
})

describe("an engine created by Next's copy of the search modules", () => {
  it('searches in the thread the server would have started', async () => {
    expect(shared.__cmsSearchWorkerSource).toMatch(/search-worker\.ts/)
    const threaded = new SqliteFtsEngine(url, { searchThread: true })
    const plain = new SqliteFtsEngine(url, { resultCache: false })
    try {
      const got = await threaded.search({ q: 'chi bộ' })
      expect({ ...got, tookMs: 0 }).toEqual({ ...(await plain.search({ q: 'chi bộ' })), tookMs: 0 })
      const thread = (threaded as unknown as { thread: { worker: unknown; unavailable: boolean } })
        .thread
      expect(thread.unavailable).toBe(false)
      expect(thread.worker).not.toBeNull()
    } finally {
      await threaded.close()
      await plain.close()
    }
  }, 60_000)
})
