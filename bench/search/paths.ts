/**
 * Which path each query takes and why the impact path's proof fails (issue 13 §6):
 * `npx tsx --conditions=production bench/search/paths.ts --db <file> [--size 10000]
 * [--queries 300] [--source generated|load] [--recent <rows>] [--range <share>]`. Runs the queries on a copy of the index (built by
 * profile.ts, or the load bench's search.db with `--source load`) and prints, per query, its
 * CPU time, path, and for each list depth tried the candidates, the k-th candidate's score
 * against the bound, and how many of its phrases were bounded through lists; then a summary.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { PathEvent } from '@/search/engines/sqlite/impact'

import { LOAD_SEED, loadArticles } from '../load/article-data'
import { makeDistractors } from './distractors/generate'
import { exclusions } from './distractors/mix'
import { generatedQueries } from './distractors/queries'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    size: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '42' },
    source: { type: 'string', default: 'generated' },
    /** impact.ts RECENT_ROWS; 0 is the bound before it (largest recency factor). */
    recent: { type: 'string' },
    /** impact.ts RANGE_SHARE; 0 turns the newer-rows range off. */
    range: { type: 'string' },
  },
})
if (!values.db) throw new Error('--db <index file> is required')
const size = Number(values.size)
const count = Number(values.queries)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paths-'))
const file = path.join(dir, 'search.db')
fs.copyFileSync(values.db, file)
let events: PathEvent[] = []
const engine = new SqliteFtsEngine(`file:${file}`, {
  resultCache: false,
  trace: (e) => events.push(e),
  ...(values.recent !== undefined ? { impactRecentRows: Number(values.recent) } : {}),
  ...(values.range !== undefined ? { impactRangeShare: Number(values.range) } : {}),
})
await engine.init()
const queries =
  values.source === 'load'
    ? loadArticles({ categories: [], authors: [], photos: [] }, LOAD_SEED + 1).queries(count)
    : generatedQueries(
        makeDistractors({
          seed: Number(values.seed),
          count: size,
          exclude: exclusions(FIXTURES, DISTRACTOR_EXCLUDE),
          reserved: DISTRACTOR_RESERVED,
        }),
        size,
        count,
      )
console.log(
  `Paths at ${size} articles (${values.source}), load average ${os.loadavg()[0]?.toFixed(1)}`,
)
const rows: Array<{ q: string; ms: number; path: string; steps: PathEvent[] }> = []
for (const q of queries) {
  events = []
  const c = process.cpuUsage()
  await engine.search({ q, limit: 10 })
  const d = process.cpuUsage(c)
  const ms = (d.user + d.system) / 1000
  const p = events.find((e) => e.kind === 'path')
  rows.push({ q, ms, path: p?.kind === 'path' ? p.path : '?', steps: events })
}
const fmt = (x: number | null) => (x === null ? '-' : x === Infinity ? 'inf' : x.toPrecision(4))
for (const r of [...rows].sort((a, b) => b.ms - a.ms)) {
  const steps = r.steps
    .flatMap((e) =>
      e.kind === 'depth'
        ? [
            `d${e.depth}(${e.reached}) n=${e.candidates} kth=${fmt(e.kth)} ub=${fmt(e.bound)} open=${e.open}/${e.phrases}${e.recent ? ' recent' : ''}${e.proven ? ' ok' : ''}`,
          ]
        : e.kind === 'range'
          ? [
              `range ${(e.share * 100).toFixed(1)}% kth=${fmt(e.kth)} ub=${fmt(e.bound)}${e.proven ? ' ok' : ''}`,
            ]
          : e.kind === 'expansions-idle'
            ? ['expansions left out']
            : [],
    )
    .join('; ')
  console.log(`${r.ms.toFixed(1).padStart(7)} ms  ${r.path.padEnd(8)} ${r.q}  ${steps}`)
}
const byPath = new Map<string, number[]>()
for (const r of rows) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r.ms])
for (const [p, xs] of byPath) {
  xs.sort((a, b) => a - b)
  const at = (q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0
  console.log(
    `${p}: ${xs.length} queries, CPU p50 ${at(0.5).toFixed(1)} p95 ${at(0.95).toFixed(1)} sum ${xs.reduce((s, x) => s + x, 0).toFixed(0)} ms`,
  )
}
const all = rows.map((r) => r.ms).sort((a, b) => a - b)
const at = (q: number) => all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? 0
console.log(
  `all: p50 ${at(0.5).toFixed(1)} p95 ${at(0.95).toFixed(1)} p99 ${at(0.99).toFixed(1)} ms`,
)
await engine.close()
fs.rmSync(dir, { recursive: true, force: true })
