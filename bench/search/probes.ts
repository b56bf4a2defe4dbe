/**
 * What the expansion probes (expansion-probe.ts) cost and save: `npx tsx --conditions=production
 * bench/search/probes.ts --db <file> [--queries 300] [--runs 3]`. On a copy of the load bench's
 * index, for every load-mix query with an abbreviation or its spelled-out form (and a few hostile
 * ones), prints each probe's CPU time and whether it matched, and the CPU time of computeResult
 * with the probes against the full plan (the same run, alternating, best of `--runs`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { type Client, createClient } from '@libsql/client'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { anyProbe } from '@/search/engines/sqlite/expansion-probe'
import { PhraseCounts } from '@/search/engines/sqlite/impact-lists'
import { buildMatchExpression, type MatchPlan } from '@/search/engines/sqlite/match'
import { BM25_BUDGET, computeResult, type RankingContext } from '@/search/engines/sqlite/plan'
import { queryWords } from '@/search/engines/sqlite/query-words'
import { LIVE } from '@/search/engines/sqlite/schema'
import { TermStats } from '@/search/engines/sqlite/term-stats'
import { normalizeQuery } from '@/search/query/params'
import { analyzeQuery } from '@/search/vietnamese/analyze'

import { LOAD_SEED, loadArticles } from '../load/article-data'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    queries: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
  },
})
if (!values.db) throw new Error('--db <index file> is required')
const runs = Number(values.runs)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probes-'))
const file = path.join(dir, 'search.db')
fs.copyFileSync(values.db, file)
// The engine sets the connection up (WAL, cache size) and migrates; the bench reads on its own.
const engine = new SqliteFtsEngine(`file:${file}`, { resultCache: false })
await engine.init()
const client: Client = createClient({ url: `file:${file}` })

/** Common spelled-out expansions with common words, rare words, and several groups at once. */
const HOSTILE = [
  'ủy ban nhân dân',
  'UBND tỉnh',
  'ủy ban nhân dân xã phường',
  'HĐND UBND MTTQ tỉnh',
  'ban chấp hành đảng bộ tỉnh',
  'BCH Đảng bộ khóa',
  'đảng ủy khối các cơ quan tỉnh',
  'ĐUK CCQ',
  'kinh tế xã hội',
  'cán bộ công chức viên chức',
  'CBCCVC cải cách hành chính',
  'chuyển đổi số quốc gia',
  'Nghị quyết Trung ương',
  'nghị quyết chỉ thị kết luận hướng dẫn',
  'ủy ban nhân dân zyxqw',
  // The costliest probe sets of bench/search/probe-worst.ts.
  'UBMTTQ uy',
  'CP trong các',
  'Chính phủ ket',
  'UBND HĐND MTTQ CP TW BCT',
]
const queries = [
  ...HOSTILE,
  ...loadArticles({ categories: [], authors: [], photos: [] }, LOAD_SEED + 1).queries(
    Number(values.queries),
  ),
]

function full(plan: MatchPlan): MatchPlan {
  const out = { ...plan }
  delete out.expansionProbes
  return out
}

const cpu = async (f: () => Promise<unknown>): Promise<number> => {
  const c = process.cpuUsage()
  await f()
  const d = process.cpuUsage(c)
  return (d.user + d.system) / 1000
}

const ctx = (): RankingContext => ({
  stats: new TermStats(),
  bm25Budget: BM25_BUDGET,
  impact: { counts: new PhraseCounts(), version: async () => 'v' },
})
const withProbes = ctx()
const without = ctx()

console.log(
  `Expansion probes (${queries.length} queries), load average ${os.loadavg()[0]?.toFixed(1)}`,
)
const rows: Array<{ q: string; probes: number; idle: boolean; a: number; b: number }> = []
for (const q of [...new Set(queries)]) {
  const analyzed = analyzeQuery(q, {})
  const plan = buildMatchExpression(analyzed)
  if (!plan?.expansionProbes) continue
  const plans = { main: plan, words: queryWords(analyzed) }
  const query = normalizeQuery({ q, limit: 10 })
  let probeMs = Infinity
  let idle = true
  const each: string[] = []
  for (let r = 0; r < runs; r++) {
    let sum = 0
    const parts: string[] = []
    idle = true
    // As the engine probes: one lookup of their disjunction (expansion-probe.ts anyProbe).
    let found = false
    const ms = await cpu(async () => {
      const res = await client.execute({
        sql: `SELECT rowid FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ? LIMIT 1`,
        args: [anyProbe(plan.expansionProbes ?? [])],
      })
      found = res.rows.length > 0
    })
    sum += ms
    parts.push(`${ms.toFixed(1)}${found ? '+' : '-'}`)
    idle = !found
    if (sum < probeMs) {
      probeMs = sum
      each.splice(0, each.length, ...parts)
    }
  }
  // Warm both (impact lists are built on first use), then alternate.
  await computeResult(client, LIVE, plans, query, withProbes)
  await computeResult(client, LIVE, { ...plans, main: full(plan) }, query, without)
  let a = Infinity
  let b = Infinity
  for (let r = 0; r < runs; r++) {
    a = Math.min(a, await cpu(() => computeResult(client, LIVE, plans, query, withProbes)))
    b = Math.min(
      b,
      await cpu(() => computeResult(client, LIVE, { ...plans, main: full(plan) }, query, without)),
    )
  }
  rows.push({ q, probes: probeMs, idle, a, b })
  console.log(
    `${b.toFixed(1).padStart(7)} -> ${a.toFixed(1).padStart(7)} ms  probes ${probeMs.toFixed(1)} [${each.join(' ')}] ${idle ? 'idle' : 'kept'}  ${q}`,
  )
}
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((x, y) => x - y)
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0
}
for (const kind of ['idle', 'kept'] as const) {
  const rs = rows.filter((r) => r.idle === (kind === 'idle'))
  console.log(
    `${kind}: ${rs.length} queries, full ${sum(rs.map((r) => r.b)).toFixed(0)} ms, probed ${sum(rs.map((r) => r.a)).toFixed(0)} ms, probes ${sum(rs.map((r) => r.probes)).toFixed(0)} ms, worst probe set ${Math.max(0, ...rs.map((r) => r.probes)).toFixed(1)} ms`,
  )
}
console.log(
  `p99 full ${pct(
    rows.map((r) => r.b),
    0.99,
  ).toFixed(1)} probed ${pct(
    rows.map((r) => r.a),
    0.99,
  ).toFixed(
    1,
  )} ms; max full ${Math.max(...rows.map((r) => r.b)).toFixed(1)} probed ${Math.max(...rows.map((r) => r.a)).toFixed(1)} ms`,
)
client.close()
await engine.close()
fs.rmSync(dir, { recursive: true, force: true })
