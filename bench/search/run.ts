/**
 * Search benchmark: `npm run bench:search -- [--sizes 10000,100000] [--queries 300]`.
 * For each corpus size it builds, in the same run and on the same generated articles (article i
 * is drawn from its own seeded stream, bench/search/distractors/, so every engine indexes the
 * same text under the same id):
 *   - the embedded engine (analyzer + SQLite FTS5, snippets from the original text),
 *   - raw FTS5 tables with no analyzer (raw-baseline.ts), timed twice per query: doing the same
 *     work as the path the engine took (exact bm25 + count), and
 *     ranking every match with bm25 (what exact ranking costs),
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

import { compareLatency } from './compare'
import { makeDistractors } from './distractors/generate'
import { generatedQueries } from './distractors/queries'
import { payloadLike } from './payload-like'
import { rawBaseline } from './raw-baseline'
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

const row = (name: string, l: Latency) =>
  `| ${name} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.mean)} |`

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
  const corpus = makeDistractors({ seed: 42, count: n })
  const article = corpus.article
  const qs = generatedQueries(corpus, n, queryCount)
  const builds: string[] = []

  // No result cache: repeated queries (and the warm-up) must not be served from memory.
  const engine = new SqliteFtsEngine(`file:${path.join(dir, 'search.db')}`, { resultCache: false })
  await engine.init()
  const [, engineSecs] = await timed(() => engine.rebuild(batches(n, article)))
  builds.push(`| embedded engine (\`rebuild\`) | ${Math.round(n / engineSecs)}/s |`)

  const raw = await rawBaseline(path.join(dir, 'raw.db'))
  const [, rawSecs] = await timed(async () => {
    for await (const docs of batches(n, article)) await raw.insert(docs)
    await raw.optimize()
  })
  builds.push(`| raw FTS5, no analyzer | ${Math.round(n / rawSecs)}/s |`)
  const compared = await compareLatency(engine, raw, qs)
  raw.close()
  await engine.close()

  const lines: string[] = []
  if (!values['skip-payload']) {
    const payload = await cmsPayload()
    // One Payload instance serves every size (its config is read once per process), so the
    // previous size's articles go first.
    await payload.db.deleteMany({ collection: 'articles', where: {} })
    const like = await payloadLike(payload)
    const [, likeSecs] = await timed(async () => {
      for await (const docs of batches(n, article)) await like.insert(docs)
    })
    builds.push(`| Payload adapter insert (for \`like\`) | ${Math.round(n / likeSecs)}/s |`)
    const likeLat = await timeQueries(qs, (q) => like.search(q))
    lines.push(
      '| Payload `like` on title + sapo (stock CMS), same queries | p50 ms | p95 ms | p99 ms | mean ms |',
      '| --- | --- | --- | --- | --- |',
      row('Payload `like`', likeLat),
      '',
    )
  }
  fs.rmSync(dir, { recursive: true, force: true })
  return [
    `### ${n.toLocaleString('en-US')} generated articles (seed 42, the same text for every engine)`,
    '',
    '| build | rate |',
    '| --- | --- |',
    ...builds,
    '',
    ...compared.lines,
    ...lines,
    'Build rates exclude the time spent generating the articles. The engine runs with its ' +
      'result cache off.',
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
