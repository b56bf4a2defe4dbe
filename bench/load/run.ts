/**
 * Load benchmark (issue 14 §5): the production server, in its own process, on a database of
 * generated articles, driven for a fixed time by a mix of 90% anonymous page reads (home,
 * category listings, articles; Zipf-popular so both page-cache hits and misses occur), 8%
 * searches from a query list and 2% editors saving and publishing (then waiting until the
 * public page shows the change). Prints throughput, p50/p95/p99 per kind, errors, the server's
 * resident memory, and the same-run reference: a plain Node http server sending the home page's
 * bytes, against the portal's cached home page, at the same concurrency.
 *
 *   npm run bench:load -- [--minutes 10] [--articles 10000] [--rate 2] [--concurrency 16]
 *                         [--warmup 30] [--seed 1] [--keep-data] [--heap-snapshots]
 *
 * --rate paces requests on a fixed schedule (2 req/s is 172,800 a day, above a busy
 * provincial portal's day) with at most --concurrency in flight, and latency counts from the
 * scheduled start, so queueing in a slow server shows in the percentiles; --rate 0 is a closed
 * loop of --concurrency clients sending as fast as they are answered (capacity, not latency).
 *
 * Memory: RSS every 5 s, and once a minute what it is made of (rss-breakdown.ts: V8 heap, array
 * buffers, native allocations, glibc arenas, the mapped search index, code). --heap-snapshots
 * also writes V8 heap snapshots after the warm-up and at the end into the kept data folder
 * (implies --keep-data; compare them with heap-diff.ts). Taking one pauses the server and
 * doubles its memory for a moment, so the figures of such a run are for diagnosis only.
 *
 * The generated database is cached by (articles, seed, generator, schema) under the temp
 * folder (see dataset.ts); each run works on a copy, removed afterwards unless --keep-data.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { ensureProductionBuild } from '@/cli/build-stamp'

import { LOAD_SEED, loadArticles } from './article-data'
import { hammer } from './calibrate'
import { copyDataset, ensureDataset } from './dataset'
import { logIn } from './editor'
import { type BenchEditor, EDITORS_FILE } from './editors-file'
import { LatencyRecorder } from './latency'
import { sampleMemory } from './memory'
import { startReference } from './reference'
import { mixTable, READ_KINDS, targets } from './report'
import { BREAKDOWN_HEADER, breakdownRow, type RssBreakdown, rssBreakdown } from './rss-breakdown'
import { startServerUnderTest } from './server'
import { runWorkload } from './workload'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    articles: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '16' },
    rate: { type: 'string', default: '2' },
    warmup: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'keep-data': { type: 'boolean', default: false },
    'heap-snapshots': { type: 'boolean', default: false },
  },
})
const minutes = Number(values.minutes)
const articles = Number(values.articles)
const concurrency = Number(values.concurrency)
const rate = Number(values.rate)
const seed = Number(values.seed)
const warmup = Number(values.warmup ?? Math.min(30, minutes * 6))
const calibrateSeconds = minutes >= 5 ? 15 : 5
const heapSnapshots = values['heap-snapshots']
const keepData = values['keep-data'] || heapSnapshots

const say = (line = '') => console.log(line)
const mib = (n: number | undefined) => (n === undefined ? '-' : `${n.toFixed(0)} MiB`)

if (!ensureProductionBuild()) throw new Error('next build failed')
const dataset = await ensureDataset(articles)
const dir = copyDataset(dataset.dir)
const server = await startServerUnderTest(dir, { heapSnapshots }).catch((error: unknown) => {
  fs.rmSync(dir, { recursive: true, force: true })
  throw error
})
const memory = sampleMemory(server.pid)
const ready = memory.readings.at(-1)?.mib
const breakdowns: Array<{ label: string; b: RssBreakdown }> = []
const breakdown = (label: string) => {
  const b = rssBreakdown(server.pid, server.probeFile)
  if (b) breakdowns.push({ label, b })
}
breakdown('ready')
const snapshots: string[] = []
let reference: Awaited<ReturnType<typeof startReference>> | undefined
try {
  const editorsFile = path.join(dir, EDITORS_FILE)
  const accounts = JSON.parse(fs.readFileSync(editorsFile, 'utf8')) as BenchEditor[]
  const editors = await Promise.all(accounts.map((a) => logIn(server.url, a)))
  const queries = loadArticles({ categories: [], authors: [], photos: [] }, LOAD_SEED + 1).queries(
    300,
  )

  // Same-run yardstick: the home page's bytes from a plain Node server, then the portal's cached
  // home page, each for the same time at the same concurrency.
  const home = Buffer.from(await (await fetch(`${server.url}/`)).arrayBuffer())
  reference = await startReference(dir, home)
  const plain = await hammer(reference.url, calibrateSeconds, concurrency)
  const cached = await hammer(`${server.url}/`, calibrateSeconds, concurrency)

  const base = { base: server.url, articles, concurrency, rate, queries, editors }
  if (warmup > 0)
    await runWorkload({
      ...base,
      seconds: warmup,
      seed: seed + 1000,
      recorder: new LatencyRecorder(),
    })
  memory.take()
  const startMiB = memory.readings.at(-1)?.mib ?? Number.NaN
  breakdown('after warm-up')
  if (heapSnapshots) snapshots.push(await server.heapSnapshot())
  const loadBefore = os.loadavg()[0] ?? Number.NaN
  const recorder = new LatencyRecorder()
  const started = performance.now()
  let minute = 0
  const everyMinute = setInterval(() => breakdown(`mix ${++minute} min`), 60_000)
  // Middle of the mix: if the growth is a warm-up, the second half does not grow.
  let midMiB: number | undefined
  const half = setTimeout(() => {
    memory.take()
    midMiB = memory.readings.at(-1)?.mib
  }, minutes * 30_000)
  const { requests } = await runWorkload({ ...base, seconds: minutes * 60, seed, recorder })
  clearInterval(everyMinute)
  clearTimeout(half)
  const elapsed = (performance.now() - started) / 1000
  memory.take()
  const endMiB = memory.readings.at(-1)?.mib ?? Number.NaN
  breakdown('end')
  // What the run kept alive, against what was merely not collected yet (probe.ts).
  await server.collectGarbage()
  breakdown('end, full GC')
  if (heapSnapshots) snapshots.push(await server.heapSnapshot())
  const loadAfter = os.loadavg()[0] ?? Number.NaN
  const plainAfter = await hammer(reference.url, calibrateSeconds, concurrency)
  const cachedAfter = await hammer(`${server.url}/`, calibrateSeconds, concurrency)

  const generated = dataset.generated
  say(
    `Load: ${articles} articles, ${minutes} min, ${concurrency} clients, ` +
      `${rate > 0 ? `${rate} req/s paced` : 'closed loop (as fast as answered)'}, seed ${seed}`,
  )
  say(
    `Machine: ${os.cpus().length} cores, load average (1 min) ${loadBefore.toFixed(1)} at the ` +
      `start of the mix, ${loadAfter.toFixed(1)} at its end`,
  )
  say(
    generated
      ? `Dataset generated in ${(generated.totalMs / 1000).toFixed(0)} s (articles ${(generated.writeMs / 1000).toFixed(0)} s, search index ${(generated.indexMs / 1000).toFixed(0)} s), cached at ${dataset.dir}`
      : `Dataset reused from ${dataset.dir}`,
  )
  say()
  say(`Same-run reference, ${calibrateSeconds} s each, before | after the mix (req/s, p50/p99 ms):`)
  const ref = (label: string, a: typeof plain, b: typeof plain) =>
    say(
      `  ${label.padEnd(34)} ${a.rps.toFixed(0).padStart(6)} ${a.p50.toFixed(1)}/${a.p99.toFixed(1)}` +
        `  | ${b.rps.toFixed(0).padStart(6)} ${b.p50.toFixed(1)}/${b.p99.toFixed(1)}  errors ${a.errors + b.errors}`,
    )
  ref(`plain Node http, same ${(home.length / 1024).toFixed(0)} KiB`, plain, plainAfter)
  ref('portal home, page-cache hit', cached, cachedAfter)
  say(
    `  ratio portal/plain req/s: ${(cached.rps / plain.rps).toFixed(2)} | ${(cachedAfter.rps / plainAfter.rps).toFixed(2)}`,
  )
  say()
  const errors = recorder.kinds().reduce((sum, k) => sum + recorder.summary(k).errors, 0)
  say(
    `Mix: ${requests} requests in ${elapsed.toFixed(0)} s = ${(requests / elapsed).toFixed(1)} req/s, errors ${errors}`,
  )
  for (const line of mixTable(recorder)) say(`  ${line}`)
  const hits = recorder.tallies.get('cache hit') ?? 0
  const misses = recorder.tallies.get('cache miss') ?? 0
  say(
    `  page cache: ${hits} hits, ${misses} misses (${((100 * hits) / Math.max(1, hits + misses)).toFixed(0)}% hits)`,
  )
  const found = recorder.tallies.get('search found') ?? 0
  const empty = recorder.tallies.get('search empty') ?? 0
  say(`  searches: ${found} with results, ${empty} with none`)
  const slowest = (...kinds: string[]) =>
    kinds
      .flatMap((k) => recorder.slowest(k, 3))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((s) => `${s.ms.toFixed(0)} ms ${s.label}`)
      .join('; ')
  say(`  slowest searches: ${slowest('search')}`)
  say(`  slowest reads: ${slowest(...READ_KINDS)}`)
  for (const example of recorder.errorExamples) say(`  error: ${example}`)
  say()
  const growth = (endMiB - startMiB) / startMiB
  const pct = (from: number | undefined, to: number) =>
    from === undefined ? '-' : `${(((to - from) / from) * 100).toFixed(1)}%`
  say(
    `Server RSS: ready ${mib(ready)}, after warm-up ${mib(startMiB)}, middle ${mib(midMiB)}, ` +
      `end ${mib(endMiB)}, max ${mib(memory.max())}; growth over the run ${(growth * 100).toFixed(1)}% ` +
      `(from ready ${pct(ready, endMiB)}, over the second half ${pct(midMiB, endMiB)})`,
  )
  say('Server memory by kind, MiB (rss-breakdown.ts; arenas = resident/count):')
  say(`  ${BREAKDOWN_HEADER}`)
  for (const { label, b } of breakdowns) say(`  ${breakdownRow(label, b)}`)
  if (snapshots.length === 2)
    say(
      `Heap snapshots: node --max-old-space-size=8192 --import tsx bench/load/heap-diff.ts ${snapshots.join(' ')}`,
    )
  say()
  say('Targets:')
  const visible = recorder.summary('visible')
  for (const line of targets({
    errors,
    readP99: recorder.summary('read', ...READ_KINDS).p99,
    searchP99: recorder.summary('search').p99,
    visibleMax: visible.count > 0 ? visible.max : Number.NaN,
    memoryGrowth: growth,
  }))
    say(`  ${line}`)
} finally {
  memory.stop()
  reference?.stop()
  await server.stop()
  if (keepData) say(`Data kept in ${dir} (server log: ${server.logFile})`)
  else fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
