/**
 * Summary of request-probe.mjs's file: per path kind, the server's own time (start of the
 * request to the end of its response) and how many requests were in flight when it started.
 * A request that waited behind others shows a count above 1.
 *
 *   npx tsx bench/load/request-probe-summary.ts <dir>/requests-<pid>.json
 */
import fs from 'node:fs'

/** As request-probe.mjs writes it; rows are [started ms, kind, server ms, in flight at start]. */
interface RequestProbe {
  elu: number
  delay: { p50: number; p99: number; max: number; mean: number }
  rows: Array<[number, string, number, number]>
}

const file = process.argv[2]
if (!file) throw new Error('usage: request-probe-summary.ts <requests-<pid>.json>')
const probe = JSON.parse(fs.readFileSync(file, 'utf8')) as RequestProbe
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
const f = (n: number) => n.toFixed(1)

console.log(
  `event-loop utilisation over the server's life ${probe.elu.toFixed(2)}; delay p50 ${f(probe.delay.p50)} ms, p99 ${f(probe.delay.p99)} ms, max ${f(probe.delay.max)} ms`,
)
const kinds = new Map<string, Array<[number, number]>>()
for (const [, kind, ms, inFlight] of probe.rows) {
  const list = kinds.get(kind) ?? []
  list.push([ms, inFlight])
  kinds.set(kind, list)
}
for (const [kind, list] of kinds) {
  const ms = list.map((r) => r[0]).sort((a, b) => a - b)
  const inFlight = list.map((r) => r[1]).sort((a, b) => a - b)
  console.log(
    `${kind.padEnd(9)} n ${String(list.length).padStart(5)}  server ms p50 ${f(pct(ms, 50))} p95 ${f(pct(ms, 95))} p99 ${f(pct(ms, 99))} max ${f(ms.at(-1) ?? Number.NaN)}  in flight at start p50 ${pct(inFlight, 50)} p99 ${pct(inFlight, 99)} max ${inFlight.at(-1)}`,
  )
}
