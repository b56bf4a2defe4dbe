// The process engine (src/search/engine.ts) is closed by a shutdown and by a command's end,
// sometimes at once. Every caller must wait for the same close: one that returned first would
// let its caller exit while the search thread is still inside a libsql call, which aborts the
// process (search-thread.ts close()).
import { afterEach, describe, expect, it } from 'vitest'

import { closeSearchEngine, getSearchEngine } from '@/search/engine'

describe('closeSearchEngine', () => {
  const saved = process.env.SEARCH_INDEX_URL
  afterEach(async () => {
    await closeSearchEngine()
    if (saved === undefined) delete process.env.SEARCH_INDEX_URL
    else process.env.SEARCH_INDEX_URL = saved
  })

  it('returns to a second caller only once the first close has finished', async () => {
    process.env.SEARCH_INDEX_URL = 'file::memory:'
    await getSearchEngine()
    let first = 'running'
    void closeSearchEngine().then(() => (first = 'done'))
    await closeSearchEngine()
    expect(first).toBe('done')
  })

  it('returns at once when nothing is open or closing', async () => {
    await expect(closeSearchEngine()).resolves.toBeUndefined()
  })
})
