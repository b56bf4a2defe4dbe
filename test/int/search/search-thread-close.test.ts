// Closing the engine while its search thread is mid-search (a shutdown past its deadline, a CLI
// or test ending) must end the thread cleanly: Worker.terminate() during a libsql call panicked
// in the native binding and aborted the whole process with exit 134 (search-thread.ts close()).
// The rounds run in a child process, so such an abort fails this test instead of the runner.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { SearchDocument } from '@/search/types'

import { makeDistractors } from '../../../bench/search/distractors/generate'
import { generatedQueries } from '../../../bench/search/distractors/queries'
import { spawnTsx } from '../../helpers/ops/processes'
import { searchDoc } from '../../helpers/search-doc'

const dir = mkdtempSync(path.join(tmpdir(), 'search-thread-close-'))
const file = path.join(dir, 'search.db')
const SIZE = 3000
const ROUNDS = 15
const corpus = makeDistractors({ seed: 7, count: SIZE })
let queries: string[] = []

beforeAll(async () => {
  const engine = new SqliteFtsEngine(`file:${file}`, { resultCache: false })
  await engine.init()
  for (let i = 0; i < SIZE; i += 500)
    await engine.upsert(
      Array.from({ length: Math.min(500, SIZE - i) }, (_, k) => corpus.article(i + k)),
    )
  queries = generatedQueries(corpus, SIZE, 6)
  const total = (await engine.search({ q: queries[0] ?? '' })).total
  expect(total).toBeGreaterThan(0)
  await engine.close()
}, 180_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('closing the engine while its thread searches', () => {
  it('ends the thread cleanly, round after round, and fails only the searches it cut', async () => {
    const child = spawnTsx(['test/helpers/close-mid-search.ts', file, String(ROUNDS), ...queries], {
      ...process.env,
    })
    const { code, signal } = await child.exited
    expect(child.stderr()).not.toMatch(/panicked/)
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    expect(child.stdout()).toMatch(new RegExp(`survived ${ROUNDS} rounds`))
  }, 180_000)

  // Each case closes, then exits the process at once: an exit while the thread is still inside
  // a libsql call aborts (exit 134), as Worker.terminate() does (search-thread.ts close()).
  const closing = async (mode: string) => {
    const child = spawnTsx(['test/helpers/close-search-thread.ts', file, mode, ...queries], {
      ...process.env,
    })
    const { code, signal } = await child.exited
    return { code, signal, stdout: child.stdout(), stderr: child.stderr() }
  }

  it('fails a search waiting for the thread to start without an unhandled rejection', async () => {
    const run = await closing('before-ready')
    expect(run.stderr).not.toMatch(/Search engine closed/)
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null })
    expect(run.stdout).toMatch(/before-ready: closed/)
  }, 60_000)

  it('skips the searches queued in the thread, so close waits for one search only', async () => {
    const run = await closing('queued')
    expect(run.stderr).not.toMatch(/panicked/)
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null })
    expect(run.stdout).toMatch(/queued: closed/)
    // 1000 queued searches take far past 3 s; the one under way takes tens of milliseconds.
    expect(Number(/closed in (\d+) ms/.exec(run.stdout)?.[1])).toBeLessThan(3000)
  }, 60_000)

  it('returns from a second close only once the thread has ended', async () => {
    const run = await closing('twice')
    expect(run.stderr).not.toMatch(/panicked/)
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null })
    expect(run.stdout).toMatch(/first close done when the second returned/)
    expect(run.stdout).toMatch(/twice: closed/)
  }, 60_000)
})

// The impact path needs an index more than 8,000 rows wide (sample.ts); tiny rows build fast.
const lockedFile = path.join(dir, 'locked.db')
const tiny = (i: number): SearchDocument =>
  searchDoc(`t${i}`, {
    title: `tin số ${i}`,
    body: 'kinh tế xã hội phát triển',
    publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
  })

describe('closing the engine while its thread waits for the write lock', () => {
  beforeAll(async () => {
    const engine = new SqliteFtsEngine(`file:${lockedFile}`, { resultCache: false })
    for (let i = 0; i < 8200; i += 1000)
      await engine.upsert(Array.from({ length: Math.min(1000, 8200 - i) }, (_, k) => tiny(i + k)))
    await engine.close()
  }, 180_000)

  // Terminating cannot end a libsql call early: the call runs to its end, and its return into
  // a terminated thread panics (exit 134) in a process that is still running.
  it('lets the thread end by itself, with no terminate to abort the process later', async () => {
    const child = spawnTsx(
      ['test/helpers/close-search-thread.ts', lockedFile, 'locked', 'kinh tế'],
      {
        ...process.env,
      },
    )
    const { code, signal } = await child.exited
    expect(child.stderr()).not.toMatch(/panicked/)
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    expect(child.stdout()).toMatch(/locked: closed/)
  }, 60_000)
})
