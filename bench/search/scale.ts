/**
 * Scale benchmark (issue 13 §6): `npx tsx --conditions=production bench/search/scale.ts
 * [--sizes 100000,1000000] [--queries 300] [--overlap 100000] [--no-raw]`.
 * For each size, in one run and on the same articles (the relevance fixtures mixed into generated
 * distractors, bench/search/distractors/): builds the embedded engine as `cms reindex` does
 * (`rebuild` from a source of pages, oldest first) and a raw FTS5 table, then times 2–4 word
 * queries with snippets on both, the raw one doing the same work as the path the engine took for
 * each query. States build rates, peak memory, disk, latency percentiles and their ratios to the
 * raw reference, the relevance table and (for the sizes listed in --overlap) the overlap of the
 * engine's pages with the exact ranking. Exits 1 when a target is missed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { SearchDocument } from '@/search/types'

import { compareLatency } from './compare'
import { makeDistractors } from './distractors/generate'
import { exclusions, mixed } from './distractors/mix'
import { generatedQueries } from './distractors/queries'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'
import {
  overlap,
  OVERLAP_TARGET,
  overlapReport,
  relevanceRows,
  relevanceTable,
  TOP3_TARGET,
} from './quality'
import { rawBaseline } from './raw-baseline'
import { RELEVANCE_QUERIES } from './relevance-queries'
import { ms } from './stats'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '300' },
    overlap: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    'no-raw': { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
})
const sizes = values.sizes.split(',').map(Number)
const overlapSizes = new Set(values.overlap.split(',').filter(Boolean).map(Number))
const seed = Number(values.seed)
const queryCount = Number(values.queries)
const failures: string[] = []

/** Peak resident memory while `fn` runs, sampled every 250 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 250)
  try {
    const result = await fn()
    return [result, Math.max(peak, process.memoryUsage().rss)]
  } finally {
    clearInterval(timer)
  }
}

/** Wraps a page source, adding up the time spent generating (not index work). */
function timedSource(source: AsyncGenerator<SearchDocument[]>) {
  const clock = { generation: 0 }
  async function* run() {
    for (;;) {
      const start = performance.now()
      const next = await source.next()
      clock.generation += performance.now() - start
      if (next.done) return
      yield next.value
    }
  }
  return { pages: run(), clock }
}

const mib = (b: number) => `${(b / 1048576).toFixed(0)} MiB`
const fileBytes = (file: string) =>
  ['', '-wal', '-shm'].reduce(
    (s, ext) => s + (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : 0),
    0,
  )

async function benchSize(n: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(values.dir ?? os.tmpdir(), `bench-scale-${n}-`))
  const out: string[] = [
    `### ${n.toLocaleString('en-US')} generated articles + ${FIXTURES.length} fixtures`,
    '',
  ]
  const dbFile = path.join(dir, 'search.db')
  const url = `file:${dbFile}`
  const engine = new SqliteFtsEngine(url, { resultCache: false })
  await engine.init()

  const log = (msg: string) => console.error(`[${new Date().toISOString()}] ${n}: ${msg}`)
  log('engine build')
  const src = timedSource(
    mixed(FIXTURES, { size: n, seed, exclude: DISTRACTOR_EXCLUDE, reserved: DISTRACTOR_RESERVED }),
  )
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  let lastLog = 0
  const [written, engineRss] = await withPeakRss(() =>
    engine.rebuild(src.pages, (done) => {
      if (done - lastLog >= 50_000) {
        lastLog = done
        const m = process.memoryUsage()
        const secs = (performance.now() - start - src.clock.generation) / 1000
        const used = process.cpuUsage(cpuStart)
        const cpuSecs = (used.user + used.system) / 1e6
        log(
          `${done} written, ${Math.round(done / secs)}/s index work so far, ` +
            `${Math.round(done / cpuSecs)} per CPU-second, rss ${mib(m.rss)} ` +
            `(heap ${mib(m.heapUsed)}, external ${mib(m.external)}), disk ${mib(fileBytes(dbFile))}`,
        )
      }
    }),
  )
  const cpuUsed = process.cpuUsage(cpuStart)
  const engineCpuSecs = (cpuUsed.user + cpuUsed.system) / 1e6
  const engineWall = (performance.now() - start) / 1000
  const engineSecs = engineWall - src.clock.generation / 1000
  const engineRate = written / engineSecs
  const engineDisk = fileBytes(dbFile)
  log(`engine built: ${engineSecs.toFixed(1)} s index work, ${engineWall.toFixed(1)} s wall`)

  let rawRate = NaN
  let rawDisk = NaN
  const raw = values['no-raw'] ? null : await rawBaseline(path.join(dir, 'raw.db'))
  if (raw) {
    log('raw build')
    const rsrc = timedSource(
      mixed(FIXTURES, {
        size: n,
        seed,
        exclude: DISTRACTOR_EXCLUDE,
        reserved: DISTRACTOR_RESERVED,
      }),
    )
    const rstart = performance.now()
    for await (const docs of rsrc.pages) await raw.insert(docs)
    await raw.optimize()
    const rawSecs = (performance.now() - rstart - rsrc.clock.generation) / 1000
    rawRate = written / rawSecs
    rawDisk = await raw.bytes()
    log(`raw built: ${rawSecs.toFixed(1)} s`)
  }

  const corpus = makeDistractors({
    seed,
    count: n,
    exclude: exclusions(FIXTURES, DISTRACTOR_EXCLUDE),
    reserved: DISTRACTOR_RESERVED,
  })
  const qs = generatedQueries(corpus, n, queryCount)
  log('queries')
  const c = await compareLatency(engine, raw, qs)
  const engineLat = c.engine
  out.push(
    '| build | articles/s (index work) | peak RSS | disk |',
    '| --- | --- | --- | --- |',
    `| embedded engine (\`rebuild\`, as \`cms reindex\`) | ${Math.round(engineRate)} | ${mib(engineRss)} | ${mib(engineDisk)} |`,
    raw ? `| raw FTS5 (reference) | ${Math.round(rawRate)} | — | ${mib(rawDisk)} |` : '',
    '',
    `Engine rebuild CPU time (user + system, generation included): ${engineCpuSecs.toFixed(1)} s, ${Math.round(written / engineCpuSecs)} articles per CPU-second.`,
    '',
    `Engine rebuild: ${engineSecs.toFixed(1)} s of index work (${engineWall.toFixed(1)} s wall, generation included); build rate ${raw ? `${(engineRate / rawRate).toFixed(2)}× the raw FTS5 reference` : ''}.`,
    '',
    ...c.lines,
  )
  const target = n >= 1_000_000 ? 30 : 15
  if (engineLat.p95 > target) failures.push(`${n}: p95 ${ms(engineLat.p95)} ms > ${target} ms`)
  if (engineRate < 2000) failures.push(`${n}: build ${Math.round(engineRate)}/s < 2,000/s`)

  log('relevance')
  const rel = await relevanceRows(engine, RELEVANCE_QUERIES, url)
  out.push(relevanceTable(rel, `Relevance set at ${n.toLocaleString('en-US')}:`), '')
  const missed = rel.filter((r) => !r.pass)
  if (missed.length) failures.push(`${n}: ${missed.length} relevance queries below target`)

  if (overlapSizes.has(n)) {
    log('overlap')
    const o = await overlap(engine, url, qs)
    out.push(
      overlapReport(o.summary, `Overlap with the exact ranking at ${n.toLocaleString('en-US')}:`),
      '',
    )
    if (o.summary.meanOverlap < OVERLAP_TARGET || o.summary.top3Share < TOP3_TARGET) {
      failures.push(
        `${n}: overlap ${o.summary.meanOverlap.toFixed(3)}, top 3 ${o.summary.top3Share.toFixed(3)}`,
      )
    }
  }
  await engine.close()
  raw?.close()
  fs.rmSync(dir, { recursive: true, force: true })
  log('done')
  return out
}

console.log(
  `Scale benchmark on ${os.cpus().length} CPU(s), Node ${process.version}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, ${new Date().toISOString()}\n`,
)
for (const n of sizes) console.log((await benchSize(n)).join('\n'))
console.log(failures.length ? `Targets missed:\n- ${failures.join('\n- ')}` : 'All targets met.')
console.log(
  `Load average at the end: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
)
process.exit(failures.length ? 1 : 0)
