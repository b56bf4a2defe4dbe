/**
 * The costliest expansion probes (expansion-probe.ts) among hostile queries: every built-in
 * abbreviation (and its spelled-out forms) with common words of the index, alone and in pairs:
 * `npx tsx --conditions=production bench/search/probe-worst.ts --db <file> [--top 25]`.
 * Prints the probe sets' CPU time, worst first, and whether they matched.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createClient } from '@libsql/client'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { anyProbe } from '@/search/engines/sqlite/expansion-probe'
import { buildMatchExpression } from '@/search/engines/sqlite/match'
import { LIVE } from '@/search/engines/sqlite/schema'
import { analyzeQuery } from '@/search/vietnamese/analyze'
import { ABBREVIATIONS } from '@/search/vietnamese/data/abbreviations'

const { values } = parseArgs({
  options: { db: { type: 'string' }, top: { type: 'string', default: '25' } },
})
if (!values.db) throw new Error('--db <index file> is required')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-worst-'))
const file = path.join(dir, 'search.db')
fs.copyFileSync(values.db, file)
const engine = new SqliteFtsEngine(`file:${file}`, { resultCache: false })
await engine.init()
const client = createClient({ url: `file:${file}` })

// The index's most frequent folded words (fts5vocab over the live table).
await client.execute(
  `CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, ${LIVE.fts}, 'row')`,
)
const common = (
  await client.execute(
    `SELECT term FROM temp.v WHERE length(term) > 1 AND term GLOB '[a-z]*' ORDER BY doc DESC LIMIT 40`,
  )
).rows.map((r) => String(r['term']))
const words = [
  ...common.slice(0, 20),
  ...common.slice(0, 10).map((w, i) => `${w} ${common[i + 10]}`),
]
const members = [...new Set(ABBREVIATIONS.flat())]
const queries = members.flatMap((m) => [m, ...words.map((w) => `${m} ${w}`)])

const rows: Array<{ q: string; ms: number; n: number; found: boolean }> = []
for (const q of queries) {
  const plan = buildMatchExpression(analyzeQuery(q, {}))
  if (!plan?.expansionProbes) continue
  const c = process.cpuUsage()
  // As the engine probes: one lookup of their disjunction (expansion-probe.ts anyProbe).
  const res = await client.execute({
    sql: `SELECT rowid FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ? LIMIT 1`,
    args: [anyProbe(plan.expansionProbes)],
  })
  const found = res.rows.length > 0
  const d = process.cpuUsage(c)
  rows.push({ q, ms: (d.user + d.system) / 1000, n: plan.expansionProbes.length, found })
}
rows.sort((a, b) => b.ms - a.ms)
console.log(
  `${rows.length} queries with probes, load average ${os.loadavg()[0]?.toFixed(1)}; common words: ${common.slice(0, 20).join(' ')}`,
)
for (const r of rows.slice(0, Number(values.top))) {
  console.log(`${r.ms.toFixed(1).padStart(7)} ms  ${r.found ? 'kept' : 'idle'} ${r.n}  ${r.q}`)
}
const sorted = rows.map((r) => r.ms).sort((a, b) => a - b)
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
console.log(
  `probe sets: p50 ${at(0.5).toFixed(2)} p99 ${at(0.99).toFixed(1)} max ${at(1).toFixed(1)} ms`,
)
client.close()
await engine.close()
fs.rmSync(dir, { recursive: true, force: true })
