/**
 * How long closing the engine takes while searches are queued in its search thread, against one
 * search in the same run (search-thread.ts close()). Builds a 3,000-article generated index in a
 * temporary directory (the one of test/int/search/search-thread-close.test.ts), then per round:
 * one search (the reference), QUEUED searches sent, close. Prints milliseconds and the ratio.
 * Run: node --conditions=production --import tsx bench/search/thread-close.ts [queued] [rounds]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { makeDistractors } from './distractors/generate'
import { generatedQueries } from './distractors/queries'

const queued = Number(process.argv[2] ?? 100)
const rounds = Number(process.argv[3] ?? 5)
const SIZE = 3000
const dir = mkdtempSync(path.join(tmpdir(), 'thread-close-bench-'))
const url = `file:${path.join(dir, 'search.db')}`
const corpus = makeDistractors({ seed: 7, count: SIZE })
const build = new SqliteFtsEngine(url, { resultCache: false })
for (let i = 0; i < SIZE; i += 500)
  await build.upsert(
    Array.from({ length: Math.min(500, SIZE - i) }, (_, k) => corpus.article(i + k)),
  )
await build.close()
const queries = generatedQueries(corpus, SIZE, 40)

for (let round = 0; round < rounds; round++) {
  const engine = new SqliteFtsEngine(url, { searchThread: true })
  await engine.search({ q: 'zzzz' }) // the thread is up
  let t = performance.now()
  await engine.search({ q: queries[round % queries.length] ?? '', page: 2 })
  const one = performance.now() - t
  const runs = Array.from({ length: queued }, (_, i) =>
    engine.search({ q: queries[i % queries.length] ?? '', page: 3 + i }).catch(() => undefined),
  )
  await new Promise((resolve) => setTimeout(resolve, 5))
  t = performance.now()
  await engine.close()
  const close = performance.now() - t
  await Promise.all(runs)
  console.log(
    `round ${round}: one search ${one.toFixed(0)} ms, close with ${queued} queued ${close.toFixed(0)} ms (${(close / one).toFixed(1)}x)`,
  )
}
rmSync(dir, { recursive: true, force: true })
