/**
 * Where a search page's time goes (issue 14 §5): the load bench's 300 queries, each fetched once
 * through `/tim-kiem` on the production server over a copy of the load dataset, one at a time
 * (so no request waits for another), client time per query printed sorted by cost. Run with the
 * request probe to split the server's CPU by code:
 *
 *   LOAD_DIAG_DIR=/tmp/diag NODE_OPTIONS="--import ./bench/load/request-probe.mjs" \
 *     npx tsx --conditions=production bench/load/search-pages.ts [--rounds 2]
 */
import { parseArgs } from 'node:util'

import { LOAD_SEED, loadArticles } from './article-data'
import { copyDataset, ensureDataset } from './dataset'
import { startServerUnderTest } from './server'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
  },
})
const dataset = await ensureDataset(Number(values.articles))
const dir = copyDataset(dataset.dir)
const server = await startServerUnderTest(dir)
try {
  const queries = loadArticles({ categories: [], authors: [], photos: [] }, LOAD_SEED + 1).queries(
    300,
  )
  await fetch(`${server.url}/tim-kiem?q=warm`).then((r) => r.arrayBuffer())
  const times = new Map<string, number[]>()
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const q of queries) {
      const started = performance.now()
      const res = await fetch(`${server.url}/tim-kiem?q=${encodeURIComponent(q)}`)
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`${res.status} for ${q}`)
      const list = times.get(q) ?? []
      list.push(performance.now() - started)
      times.set(q, list)
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  const rows = [...times].map(([q, xs]) => ({ q, ms: median(xs) })).sort((a, b) => b.ms - a.ms)
  const all = rows.map((r) => r.ms).sort((a, b) => a - b)
  const at = (p: number) => all[Math.min(all.length - 1, Math.floor(p * all.length))]?.toFixed(1)
  console.log(
    `300 search pages, median of ${values.rounds}: p50 ${at(0.5)} p95 ${at(0.95)} p99 ${at(0.99)} ms`,
  )
  for (const r of rows.slice(0, 15)) console.log(`  ${r.ms.toFixed(1).padStart(7)}  ${r.q}`)
} finally {
  await server.stop()
}
