/**
 * Times the same queries on the embedded engine and on the raw FTS5 baselines (raw-baseline.ts),
 * the raw one doing, query by query, the same work as the path the engine took, and prints one
 * table with the ratios. Shared by run.ts and scale.ts.
 */
import type { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import type { rawBaseline } from './raw-baseline'
import { type Latency, latency, ms } from './stats'

type Raw = Awaited<ReturnType<typeof rawBaseline>>

export interface Compared {
  lines: string[]
  engine: Latency
  engineCpu: Latency
  estimated: number
}

const elapsed = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6
/** CPU milliseconds (user + system) of this process since `c`: the work itself, without the
 * time spent waiting for a core on a shared machine (SQLite runs on this thread). */
const cpu = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c)
  return (d.user + d.system) / 1000
}

export async function compareLatency(
  engine: SqliteFtsEngine,
  raw: Raw | null,
  qs: readonly string[],
): Promise<Compared> {
  for (const q of qs.slice(0, 20)) await engine.search({ q, limit: 10 })
  const engineMs: number[] = []
  const engineCpu: number[] = []
  const paths: Array<{ impact: boolean; huge: boolean }> = []
  for (const q of qs) {
    const t = process.hrtime.bigint()
    const c = process.cpuUsage()
    const r = await engine.search({ q, limit: 10 })
    engineCpu.push(cpu(c))
    engineMs.push(elapsed(t))
    paths.push({ impact: r.rankedByImpact === true, huge: r.totalApproximate === true })
  }
  const sameMs: number[] = []
  const sameCpu: number[] = []
  const fullMs: number[] = []
  if (raw) {
    for (const q of qs.slice(0, 20)) await raw.full(q)
    for (const q of qs) {
      let t = process.hrtime.bigint()
      const c = process.cpuUsage()
      await raw.exact(q)
      sameCpu.push(cpu(c))
      sameMs.push(elapsed(t))
      t = process.hrtime.bigint()
      await raw.full(q)
      fullMs.push(elapsed(t))
    }
  }
  const byImpact = (impact: boolean, xs: number[]) =>
    xs.filter((_, i) => paths[i]?.impact === impact)
  const impact = paths.filter((p) => p.impact).length
  const row = (name: string, xs: number[], ref?: number[]) => {
    const l = latency(xs)
    const r = ref && ref.length && xs.length ? `${(l.p95 / latency(ref).p95).toFixed(2)}×` : ''
    return `| ${name} | ${xs.length} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.mean)} | ${r} |`
  }
  const engineLat = latency(engineMs)
  const estimated = paths.filter((p) => p.huge).length
  return {
    engine: engineLat,
    engineCpu: latency(engineCpu),
    estimated,
    lines: [
      `| ${qs.length} queries of 2–4 words, half without diacritics, limit 10, snippets | n | p50 ms | p95 ms | p99 ms | mean ms | p95 / raw same work |`,
      '| --- | --- | --- | --- | --- | --- | --- |',
      row('embedded engine, all queries', engineMs, sameMs),
      row('  engine, exact statement', byImpact(false, engineMs), byImpact(false, sameMs)),
      row(
        '  engine, impact path (exact answers)',
        byImpact(true, engineMs),
        byImpact(true, sameMs),
      ),
      ...(raw
        ? [
            row('raw FTS5, same work as the engine path', sameMs),
            row('raw FTS5, bm25 over every match (exact ranking)', fullMs),
          ]
        : []),
      row('CPU time only: embedded engine', engineCpu, raw ? sameCpu : undefined),
      row(
        '  CPU, engine, exact statement',
        byImpact(false, engineCpu),
        raw ? byImpact(false, sameCpu) : undefined,
      ),
      row(
        '  CPU, engine, impact path',
        byImpact(true, engineCpu),
        raw ? byImpact(true, sameCpu) : undefined,
      ),
      ...(raw ? [row('CPU time only: raw FTS5, same work', sameCpu)] : []),
      '',
      `Engine p95 / raw bm25-over-every-match p95: ${raw ? (engineLat.p95 / latency(fullMs).p95).toFixed(2) : '—'}×. ` +
        `Engine queries ranked by the impact path: ${impact}/${qs.length}; answered with estimated totals: ${estimated}/${qs.length}.`,
      '',
    ],
  }
}
