/**
 * Child process for test/int/search/search-thread-close.test.ts: opens an engine that searches
 * in its thread, starts searches, closes the engine while they run (after 0–19 ms), and does
 * that ROUNDS times. A close that terminates the thread during a libsql call aborts this whole
 * process (a native panic, exit 134), which is why it runs apart from the test runner.
 * argv: <index file> <rounds> <query>...
 */
import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

const [file, rounds, ...queries] = process.argv.slice(2)
let answered = 0
let failed = 0
for (let round = 0; round < Number(rounds); round++) {
  const engine = new SqliteFtsEngine(`file:${file}`, { searchThread: true })
  // The thread is up and has answered once before the round's searches start.
  await engine.search({ q: queries[0] ?? '' })
  const runs = queries.map((q) =>
    engine.search({ q }).then(
      () => answered++,
      (error: Error) => {
        if (error.message !== 'Search engine closed') throw error
        failed++
      },
    ),
  )
  await new Promise((resolve) => setTimeout(resolve, round % 20))
  await engine.close()
  await Promise.all(runs)
}
console.log(`survived ${rounds} rounds: ${answered} answered, ${failed} cut by the close`)
