/**
 * Child process for test/int/search/search-thread-close.test.ts: one way of closing the engine
 * while its search thread is busy or starting, then the process exits at once, as a shutdown or
 * a command does once close() returns. An exit while the thread is still inside a libsql call
 * aborts the whole process (a native panic, exit 134), which is why this runs apart from the
 * test runner. argv: <index file> <case> <query>...
 * - before-ready: a search waits for the thread to start when the engine closes
 * - queued: QUEUED searches are waiting in the thread when the engine closes
 * - twice: two closes at once (a shutdown and a command's end); the second returns first
 * - locked: the thread's search waits (busy_timeout, 5 s) for the write lock another connection
 *   holds, to write an impact list, when the engine closes; the process lives on past that wait
 */
import { createClient } from '@libsql/client'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

const [file, mode, ...queries] = process.argv.slice(2)
const QUEUED = 1000
// bm25Budget 0: every search of a large enough index takes the impact path, which writes lists.
const engine = new SqliteFtsEngine(`file:${file}`, {
  searchThread: true,
  ...(mode === 'locked' ? { bm25Budget: 0 } : {}),
})
const cut = (error: Error) => {
  if (error.message !== 'Search engine closed') throw error
}
const search = (i: number) =>
  engine.search({ q: queries[i % queries.length] ?? '', page: 1 + i }).then(() => undefined, cut)

if (mode === 'before-ready') {
  await engine.init() // starts the thread; it is not ready yet
  const waiting = search(0)
  await new Promise((resolve) => setImmediate(resolve))
  await engine.close()
  await waiting
} else if (mode === 'queued' || mode === 'twice') {
  await engine.search({ q: queries[0] ?? '' }) // the thread is up
  const runs = Array.from({ length: mode === 'queued' ? QUEUED : 20 }, (_, i) => search(i))
  await new Promise((resolve) => setTimeout(resolve, 5))
  const started = performance.now()
  if (mode === 'twice') {
    let first = 'running'
    void engine.close().then(() => (first = 'done'))
    await engine.close()
    console.log(`first close ${first} when the second returned`)
  } else await engine.close()
  console.log(`closed in ${Math.round(performance.now() - started)} ms`)
  await Promise.all(runs)
} else if (mode === 'locked') {
  await engine.search({ q: 'zzzz' }) // the thread is up
  const other = createClient({ url: `file:${file}` })
  const lock = await other.transaction('write')
  await lock.execute(`INSERT INTO search_meta (key, value) VALUES ('held', '1')`)
  const started = performance.now()
  const waiting = engine.search({ q: queries[0] ?? '' }).then(() => undefined, cut)
  await new Promise((resolve) => setTimeout(resolve, 300))
  await engine.close()
  await waiting
  // Past the thread's busy wait, which ends in its libsql call whatever close() did.
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, 6500 - (performance.now() - started))),
  )
  await lock.rollback()
  other.close()
} else throw new Error(`unknown case ${mode}`)
console.log(`${mode}: closed`)
process.exit(0)
