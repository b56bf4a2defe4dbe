/**
 * Probe used for issue 14 §5: times the data loads of the home page and of category pages 1, 2,
 * 10 and 20 through the site's own data functions (Local API), printing each load's time and its
 * slowest SQL statements, and writes every statement with its arguments to
 * /tmp/load-probe/sql.json (for EXPLAIN QUERY PLAN in sqlite3). Run it on a COPY of the load
 * bench's database (it runs pending migrations on it):
 *
 *   DATABASE_URI=file:/tmp/x/cms.db SEARCH_INDEX_URL=file:/tmp/x/search.db MEDIA_DIR=/tmp/x/media \
 *   NODE_ENV=production JOBS_AUTORUN=false PAYLOAD_SECRET=x \
 *     node --conditions=production --import tsx bench/load/query-times.ts [category-slug]
 *
 * Statements are timed around the libsql client's execute, which runs synchronously: loads run
 * side by side (Promise.all) so one statement's time can include JavaScript of another load.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
const client = (
  payload.db as unknown as { client: { execute: (...a: unknown[]) => Promise<unknown> } }
).client
const log: Array<{ ms: number; sql: string }> = []
const dump: Array<{ sql: string; args: unknown[] }> = []
const original = client.execute.bind(client)
client.execute = async (...args: unknown[]) => {
  const t = performance.now()
  try {
    return await original(...args)
  } finally {
    const stmt = args[0] as string | { sql: string; args?: unknown[] }
    const sql = typeof stmt === 'string' ? stmt : stmt.sql
    log.push({ ms: performance.now() - t, sql })
    dump.push({ sql, args: typeof stmt === 'string' ? [] : (stmt.args ?? []) })
  }
}

const { getHomeData } = await import('@/site/data/home')
const { listCards } = await import('@/site/data/cards')
const { featuredTopics } = await import('@/site/data/topics')
const { getCategories, descendantIds } = await import('@/site/data/site')
const { getReadership } = await import('@/site/data/readership')

async function timed(label: string, fn: () => Promise<unknown>) {
  log.length = 0
  const t = performance.now()
  await fn()
  const ms = performance.now() - t
  console.log(`\n== ${label}: ${ms.toFixed(1)} ms, ${log.length} statements`)
  for (const { ms: q, sql } of [...log].sort((a, b) => b.ms - a.ms).slice(0, 6))
    console.log(`  ${q.toFixed(1).padStart(7)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 400)}`)
}

await timed('categories (warm memo)', () => getCategories())
for (let i = 0; i < 2; i++) {
  await timed(`home data #${i}`, () => getHomeData())
  await timed(`featured topics #${i}`, () => featuredTopics())
  await timed(`readership #${i}`, () => getReadership(Date.now() + i * 120_000))
}
const all = await getCategories()
const pick = process.argv[2] ?? 'tin-tuc-su-kien'
const category = all.find((c) => c.slug === pick) ?? all[0]
if (category) {
  for (const page of [1, 2, 10, 20]) {
    await timed(`category ${category.slug} page ${page}`, () =>
      listCards({
        where: { categories: { in: descendantIds(all, category.id) } },
        page,
        limit: 12,
      }),
    )
  }
}
const fs = await import('node:fs')
fs.mkdirSync('/tmp/load-probe', { recursive: true })
fs.writeFileSync('/tmp/load-probe/sql.json', JSON.stringify(dump, null, 1))
process.exit(0)
