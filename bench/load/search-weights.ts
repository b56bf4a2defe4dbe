/**
 * Which of the load bench's 300 search queries make its search p99: each query straight on the
 * engine (result cache off, so every run does the full work) over a copy of the load dataset's
 * index, CPU time per query (median of `--rounds`), then the queries sorted by cost with the
 * share of the mix's searches they get (the mix draws them Zipf(0.8), workload.ts). The p99 of
 * the mix's searches is the cost at the 99th percentile of that weighted distribution.
 *
 *   tsx --conditions=production bench/load/search-weights.ts [--articles 10000] [--rounds 3]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { LOAD_SEED, loadArticles } from './article-data'
import { ensureDataset } from './dataset'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
  },
})
const rounds = Math.max(1, Number(values.rounds))

const dataset = await ensureDataset(Number(values.articles))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-weights-'))
for (const name of fs.readdirSync(dataset.dir).filter((n) => n.startsWith('search.db')))
  fs.copyFileSync(path.join(dataset.dir, name), path.join(dir, name))
const engine = new SqliteFtsEngine(`file:${path.join(dir, 'search.db')}`, { resultCache: false })
await engine.init()

const queries = loadArticles({ categories: [], authors: [], photos: [] }, LOAD_SEED + 1).queries(
  300,
)
// The mix's weights: workload.ts draws rank k with probability ∝ 1 / (k + 1)^0.8.
const weights = queries.map((_, k) => 1 / (k + 1) ** 0.8)
const total = weights.reduce((s, w) => s + w, 0)

for (const q of queries) await engine.search({ q, limit: 10 }) // warm-up
const cost = queries.map((q) => {
  return { q, samples: [] as number[] }
})
for (let r = 0; r < rounds; r++) {
  for (const entry of cost) {
    const cpu = process.cpuUsage()
    await engine.search({ q: entry.q, limit: 10 })
    const used = process.cpuUsage(cpu)
    entry.samples.push((used.user + used.system) / 1000)
  }
}
await engine.close()
fs.rmSync(dir, { recursive: true, force: true })

const rows = cost
  .map((entry, k) => ({
    q: entry.q,
    rank: k + 1,
    share: (weights[k] ?? 0) / total,
    ms: entry.samples.sort((a, b) => a - b)[Math.floor(entry.samples.length / 2)] ?? 0,
  }))
  .sort((a, b) => b.ms - a.ms)
const weightedPercentile = (p: number) => {
  let above = 0
  for (const row of rows) {
    above += row.share
    if (above >= 1 - p / 100) return row.ms
  }
  return rows.at(-1)?.ms ?? 0
}
const plain = rows.map((r) => r.ms).sort((a, b) => a - b)
const at = (p: number) => plain[Math.min(plain.length - 1, Math.floor((p / 100) * plain.length))]
console.log(
  `${queries.length} queries, CPU ms per query (median of ${rounds}), result cache off, load average ${os.loadavg()[0]?.toFixed(1)}`,
)
console.log(
  `  unweighted p50 ${at(50)?.toFixed(1)}  p95 ${at(95)?.toFixed(1)}  p99 ${at(99)?.toFixed(1)}  max ${plain.at(-1)?.toFixed(1)}`,
)
console.log(
  `  as the mix draws them: p50 ${weightedPercentile(50).toFixed(1)}  p95 ${weightedPercentile(95).toFixed(1)}  p99 ${weightedPercentile(99).toFixed(1)}`,
)
let cumulative = 0
console.log('  costliest queries (CPU ms, share of the mix searches, cumulative share):')
for (const row of rows.slice(0, 12)) {
  cumulative += row.share
  console.log(
    `  ${row.ms.toFixed(1).padStart(7)}  ${(100 * row.share).toFixed(2).padStart(5)}%  ${(100 * cumulative).toFixed(2).padStart(5)}%  #${row.rank} ${row.q}`,
  )
}
