/**
 * Probe used for issue 14 §5 (the load run's second-long stalls): runs one search reconciliation
 * (src/search/sync/reconcile.ts, what the server runs every SEARCH_RECONCILE_MINUTES) and prints
 * its wall and CPU time, the longest the event loop was held, and its slowest SQL statements on the
 * CMS database. Run it on a COPY of the load bench's database (it runs pending migrations on it):
 *
 *   DATABASE_URI=file:/tmp/x/cms.db SEARCH_INDEX_URL=file:/tmp/x/search.db MEDIA_DIR=/tmp/x/media \
 *   NODE_ENV=production JOBS_AUTORUN=false PAYLOAD_SECRET=x \
 *     node --conditions=production --import tsx bench/load/reconcile-times.ts [rounds] [page size]
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { reconcileSearchIndex } from '@/search/sync/reconcile'

const payload = await getPayload({ config })
const client = (
  payload.db as unknown as { client: { execute: (...a: unknown[]) => Promise<unknown> } }
).client
const log: Array<{ ms: number; sql: string }> = []
const original = client.execute.bind(client)
client.execute = async (...args: unknown[]) => {
  const t = performance.now()
  try {
    return await original(...args)
  } finally {
    const stmt = args[0] as string | { sql: string }
    log.push({ ms: performance.now() - t, sql: typeof stmt === 'string' ? stmt : stmt.sql })
  }
}

const rounds = Number(process.argv[2] ?? 3)
const pageSize = process.argv[3] ? Number(process.argv[3]) : undefined
for (let i = 0; i < rounds; i++) {
  log.length = 0
  // The most CPU spent between two turns of the event loop while the walk runs: what a request
  // arriving during it waits at least.
  // Measured in CPU time, which neighbours on a shared machine do not inflate as they do the wall.
  let turns = 0
  let last = process.cpuUsage()
  let held = 0
  let ticking = true
  const tick = () => {
    const used = process.cpuUsage(last)
    held = Math.max(held, (used.user + used.system) / 1e3)
    last = process.cpuUsage()
    turns++
    if (ticking) setImmediate(tick)
  }
  setImmediate(tick)
  const cpu = process.cpuUsage()
  const t = performance.now()
  const report = await reconcileSearchIndex(payload, { pageSize })
  const ms = performance.now() - t
  const used = process.cpuUsage(cpu)
  await new Promise((resolve) => setImmediate(resolve))
  ticking = false
  console.log(
    `\n== reconcile #${i}: ${ms.toFixed(0)} ms wall, ${((used.user + used.system) / 1e3).toFixed(0)} ms CPU, at most ${held.toFixed(0)} ms CPU between two turns of the event loop (${turns} turns), ${log.length} CMS statements, report ${JSON.stringify(report)}`,
  )
  for (const { ms: q, sql } of [...log].sort((a, b) => b.ms - a.ms).slice(0, 5))
    console.log(`  ${q.toFixed(1).padStart(7)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 300)}`)
}
process.exit(0)
