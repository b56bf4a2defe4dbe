/**
 * The search index's memory caps against its speed (issue 14 §5, SEARCH_CACHE_MB and
 * SEARCH_MMAP_MB): runs the load bench's 300 search queries straight on the engine, over a copy
 * of the load dataset's index, once per setting, each in its own process (a warm-up round, then
 * measured rounds), and reports latency with what the index added to that process's resident
 * memory: mapped file pages, and native memory (SQLite's page cache) outside the V8 heap.
 *
 *   tsx --conditions=production bench/load/search-memory.ts [--articles 10000] [--rounds 2]
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createSearchEngine } from '@/search/engines/create-engine'

import { LOAD_SEED, loadArticles } from './article-data'
import { ensureDataset } from './dataset'
import { percentile } from './latency'
import { readProbe } from './probe'
import { rssBreakdown } from './rss-breakdown'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    child: { type: 'string' },
  },
})
const MIB = 1024 * 1024
const SETTINGS: Array<Record<string, string>> = [
  {},
  { SEARCH_MMAP_MB: '0' },
  { SEARCH_MMAP_MB: '0', SEARCH_CACHE_MB: '32' },
  { SEARCH_MMAP_MB: '0', SEARCH_CACHE_MB: '16' },
]

interface ChildResult {
  p50: number
  p95: number
  meanMs: number
  mappedMiB: number
  nativeMiB: number
}

async function child(url: string): Promise<ChildResult> {
  const engine = createSearchEngine({ ...process.env, SEARCH_INDEX_URL: url })
  await engine.init()
  const native = () => {
    const b = rssBreakdown(process.pid)
    const p = readProbe()
    return {
      mapped: b?.searchIndex ?? 0,
      native: (b?.anonymous ?? 0) - p.heapTotal - p.arrayBuffers,
    }
  }
  const before = native()
  const queries = loadArticles({ categories: [], authors: [], photos: [] }, LOAD_SEED + 1).queries(
    300,
  )
  const times: number[] = []
  for (let round = 0; round <= Number(values.rounds); round++) {
    for (const q of queries) {
      const started = performance.now()
      await engine.search({ q, limit: 10 })
      if (round > 0) times.push(performance.now() - started)
    }
  }
  const after = native()
  await engine.close()
  times.sort((a, b) => a - b)
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    meanMs: times.reduce((s, t) => s + t, 0) / Math.max(1, times.length),
    mappedMiB: (after.mapped - before.mapped) / MIB,
    nativeMiB: (after.native - before.native) / MIB,
  }
}

if (values.child) {
  console.log(JSON.stringify(await child(values.child)))
  process.exit(0)
}

const dataset = await ensureDataset(Number(values.articles))
console.log(`Search over ${dataset.dir}, ${values.rounds} measured rounds of 300 queries`)
console.log(`load average (1 min) at start ${os.loadavg()[0]?.toFixed(1)}`)
for (const setting of SETTINGS) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-search-memory-'))
  for (const name of fs.readdirSync(dataset.dir).filter((n) => n.startsWith('search.db')))
    execFileSync('cp', [path.join(dataset.dir, name), dir])
  const run = spawnSync(
    process.execPath,
    [
      '--conditions=production',
      '--import',
      'tsx',
      'bench/load/search-memory.ts',
      '--rounds',
      String(values.rounds),
      '--child',
      `file:${path.join(dir, 'search.db')}`,
    ],
    { env: { ...process.env, ...setting }, encoding: 'utf8' },
  )
  fs.rmSync(dir, { recursive: true, force: true })
  const label =
    Object.entries(setting)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ') || 'defaults'
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  if (run.status !== 0 || !line.startsWith('{')) {
    console.log(`${label}: failed\n${run.stderr}`)
    continue
  }
  const r = JSON.parse(line) as ChildResult
  console.log(
    `${label.padEnd(40)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  mean ${r.meanMs.toFixed(1)} ms` +
      `  mapped +${r.mappedMiB.toFixed(0)} MiB  native +${r.nativeMiB.toFixed(0)} MiB`,
  )
}
console.log(`load average (1 min) at end ${os.loadavg()[0]?.toFixed(1)}`)
