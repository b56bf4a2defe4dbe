/**
 * Child process for test/int/search/search-thread-close.test.ts: one way of closing the engine
 * while its search thread is busy or starting, then the process exits at once, as a shutdown or
 * a command does once close() returns. An exit while the thread is still inside a libsql call
 * aborts the whole process (a native panic, exit 134), which is why this runs apart from the
 * test runner. argv: <index file> <case> <query>...
 * - before-ready: a search waits for the thread to start when the engine closes
 * - queued: QUEUED searches are waiting in the thread when the engine closes
 * - twice: two closes at once (a shutdown and a command's end); the second returns first
 */
import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

const [file, mode, ...queries] = process.argv.slice(2)
const QUEUED = 1000
const engine = new SqliteFtsEngine(`file:${file}`, { searchThread: true })
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
} else throw new Error(`unknown case ${mode}`)
console.log(`${mode}: closed`)
process.exit(0)
