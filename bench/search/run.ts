/**
 * Search benchmark: `npx tsx bench/search/run.ts [--sizes 10000,100000] [--queries 300]`.
 * For each corpus size it builds, in the same run and on the same synthetic articles:
 *   - the embedded engine (analyzer + SQLite FTS5, snippets from the original text),
 *   - a raw FTS5 table with no analyzer (the floor),
 *   - Payload's own `like` query (what a stock CMS offers),
 * and prints build rates and query latencies. Nothing is hard-coded: every figure is measured.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { SearchDocument } from '@/search/types'

import { makeCorpus } from './corpus'
import { payloadLike } from './payload-like'
import { rawFts } from './raw-fts'
import { type Latency, ms, timeQueries } from './stats'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '300' },
    'skip-payload': { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map(Number)
const queryCount = Number(values.queries)
const BATCH = 500

/** Seconds spent generating synthetic articles, subtracted from build times: not index work. */
let generationSecs = 0

async function* batches(n: number, article: (i: number) => SearchDocument) {
  for (let i = 0; i < n; i += BATCH) {
    const start = performance.now()
    const docs = Array.from({ length: Math.min(BATCH, n - i) }, (_, k) => article(i + k))
    generationSecs += (performance.now() - start) / 1000
    yield docs
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  generationSecs = 0
  const start = performance.now()
  const result = await fn()
  return [result, (performance.now() - start) / 1000 - generationSecs]
}

const row = (name: string, build: string, l: Latency) =>
  `| ${name} | ${build} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.mean)} |`

const cmsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-cms-'))
let payloadInstance: Payload | null = null

async function cmsPayload(): Promise<Payload> {
  if (payloadInstance) return payloadInstance
  process.env.DATABASE_URI = `file:${path.join(cmsDir, 'cms.db')}`
  process.env.MEDIA_DIR = path.join(cmsDir, 'media')
  process.env.PAYLOAD_SECRET = 'bench'
  process.env.JOBS_AUTORUN = 'false'
  process.env.LOG_LEVEL = 'error'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  payloadInstance = await getPayload({ config, key: 'bench' })
  return payloadInstance
}

async function benchSize(n: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-search-${n}-`))
  const { article, queries } = makeCorpus(42)
  const qs = queries(queryCount)
  const lines: string[] = []

  // No result cache: repeated queries (and the warm-up) must not be served from memory.
  const engine = new SqliteFtsEngine(`file:${path.join(dir, 'search.db')}`, { resultCache: false })
  await engine.init()
  const [, engineSecs] = await timed(() => engine.rebuild(batches(n, article)))
  const engineLat = await timeQueries(qs, (q) => engine.search({ q, limit: 10 }))
  const results = await Promise.all(qs.map((q) => engine.search({ q, limit: 10 })))
  const hits = results.slice(0, 50).map((r) => r.total > 0)
  const approx = results.filter((r) => r.totalApproximate).length
  const pooled = results.filter((r) => r.rankingPooled).length
  lines.push(
    row(
      'Embedded engine (analyzer + FTS5, snippets)',
      `${Math.round(n / engineSecs)}/s`,
      engineLat,
    ),
  )

  const raw = await rawFts(path.join(dir, 'raw.db'))
  const [, rawSecs] = await timed(async () => {
    for await (const docs of batches(n, article)) await raw.insert(docs)
  })
  const rawLat = await timeQueries(qs, (q) => raw.search(q))
  lines.push(row('Raw FTS5, no analyzer (floor)', `${Math.round(n / rawSecs)}/s`, rawLat))
  raw.close()

  if (!values['skip-payload']) {
    const payload = await cmsPayload()
    // One Payload instance serves every size (its config is read once per process), so the
    // previous size's articles go first.
    await payload.db.deleteMany({ collection: 'articles', where: {} })
    const like = await payloadLike(payload)
    const [, likeSecs] = await timed(async () => {
      for await (const docs of batches(n, article)) await like.insert(docs)
    })
    const likeLat = await timeQueries(qs, (q) => like.search(q))
    lines.push(
      row(
        'Payload `like` on title + sapo (stock CMS)',
        `${Math.round(n / likeSecs)}/s (adapter insert)`,
        likeLat,
      ),
    )
  }
  await engine.close()
  const ratio = engineLat.p95 / rawLat.p95
  fs.rmSync(dir, { recursive: true, force: true })
  return [
    `### ${n.toLocaleString('en-US')} articles, ${qs.length} queries of 2–4 words (half without diacritics)`,
    '',
    '| engine | build rate | p50 ms | p95 ms | p99 ms | mean ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
    `Analyzer overhead (engine p95 / raw FTS5 p95): ${ratio.toFixed(2)}×. ` +
      `Queries with at least one hit (first 50): ${hits.filter(Boolean).length}/50. ` +
      `Engine queries answered with estimated total/facets: ${approx}/${qs.length}; ` +
      `ranked over a candidate pool (bm25 too costly): ${pooled}/${qs.length}.`,
    '',
    'Build rates exclude the time spent generating the synthetic articles. ' +
      'The engine runs with its result cache off.',
    '',
  ]
}

console.log(
  `Search benchmark on ${os.cpus().length} CPU(s), Node ${process.version}, ${new Date().toISOString()}\n`,
)
for (const n of sizes) {
  console.log((await benchSize(n)).join('\n'))
}
// Assigned inside cmsPayload(), which TypeScript's narrowing of a top-level `let` cannot see.
await (payloadInstance as Payload | null)?.destroy()
fs.rmSync(cmsDir, { recursive: true, force: true })
process.exit(0)
