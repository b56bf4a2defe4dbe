/**
 * Build-only benchmark of the embedded engine (issue 13 §6):
 * `npx tsx --conditions=production bench/search/build.ts [--size 20000] [--every 10000]
 * [--batch 1000] [--workers N] [--seed 42] [--dir DIR] [--keep]`. Rebuilds the index from the
 * distractor corpus (the relevance fixtures mixed in, bench/search/distractors/; `--batch`
 * articles a page, `cms reindex` reads 200) as `cms reindex` does, with `--workers` analysis
 * threads instead of the engine's default, and prints the rate of index work in wall time and
 * per CPU-second with the time spent generating the articles left out of both, and resident and
 * anonymous memory as it goes. scale.ts does the same build and then the queries; this one is for
 * measuring build changes quickly, e.g. under --cpu-prof.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { SearchDocument } from '@/search/types'

import { mixed } from './distractors/mix'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20000' },
    every: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '1000' },
    workers: { type: 'string' },
    seed: { type: 'string', default: '42' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})
const size = Number(values.size)
const every = Number(values.every)

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6
/** Anonymous resident memory (heap and native allocations, not the mapped index file). */
function rssAnon(): number {
  const status = fs.readFileSync('/proc/self/status', 'utf8')
  const kb = /RssAnon:\s+(\d+)/.exec(status)?.[1]
  return kb ? Number(kb) * 1024 : NaN
}
const fileBytes = (file: string) =>
  ['', '-wal', '-shm'].reduce(
    (s, ext) => s + (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : 0),
    0,
  )

/** The generated pages, with the wall and CPU time spent generating them added up. */
function timed(source: AsyncGenerator<SearchDocument[]>) {
  const spent = { wall: 0, cpu: 0 }
  async function* pages() {
    for (;;) {
      const wall = performance.now()
      const cpu = process.cpuUsage()
      const next = await source.next()
      spent.wall += performance.now() - wall
      spent.cpu += cpuSeconds(process.cpuUsage(cpu))
      if (next.done) return
      yield next.value
    }
  }
  return { pages: pages(), spent }
}

const dir = fs.mkdtempSync(path.join(values.dir ?? os.tmpdir(), `bench-build-${size}-`))
const file = path.join(dir, 'search.db')
const engine = new SqliteFtsEngine(`file:${file}`, {
  resultCache: false,
  ...(values.workers === undefined ? {} : { rebuildWorkers: Number(values.workers) }),
})
await engine.init()
console.log(
  `Build benchmark: ${size} generated articles + ${FIXTURES.length} fixtures, ${os.cpus().length} CPU(s), ` +
    `Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, ${new Date().toISOString()}`,
)
const src = timed(
  mixed(FIXTURES, {
    size,
    seed: Number(values.seed),
    batch: Number(values.batch),
    exclude: DISTRACTOR_EXCLUDE,
    reserved: DISTRACTOR_RESERVED,
  }),
)
const wall0 = performance.now()
const cpu0 = process.cpuUsage()
let peakRss = 0
let peakAnon = 0
let next = every
const line = (done: number) => {
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakAnon = Math.max(peakAnon, rssAnon())
  const wall = (performance.now() - wall0 - src.spent.wall) / 1000
  const cpu = cpuSeconds(process.cpuUsage(cpu0)) - src.spent.cpu
  return (
    `${done} written: ${Math.round(done / wall)}/s wall, ${Math.round(done / cpu)} per CPU-second ` +
    `(index work; generation ${src.spent.cpu.toFixed(1)} CPU-s left out), rss ${mib(m.rss)}, ` +
    `anon ${mib(rssAnon())}, heap ${mib(m.heapUsed)}, disk ${mib(fileBytes(file))}`
  )
}
const written = await engine.rebuild(src.pages, (done) => {
  if (done < next) return
  next = done + every
  console.log(`[${new Date().toISOString()}] ${line(done)}`)
})
console.log(`[${new Date().toISOString()}] done, ${line(written)}`)
console.log(
  `Peak rss ${mib(peakRss)}, peak anon ${mib(peakAnon)} (sampled at progress lines); ` +
    `wall ${((performance.now() - wall0) / 1000).toFixed(1)} s with generation; load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
)
await engine.close()
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
else console.log(`Index kept in ${file}`)
