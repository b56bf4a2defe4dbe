/** The load benchmark's printed report: one table per phase, targets checked at the end. */
import type { LatencyRecorder, Summary } from './latency'

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '-')

export function row(label: string, s: Summary): string {
  return [
    label.padEnd(16),
    String(s.count).padStart(8),
    String(s.errors).padStart(7),
    ms(s.p50).padStart(8),
    ms(s.p95).padStart(8),
    ms(s.p99).padStart(8),
    ms(s.max).padStart(8),
  ].join(' ')
}

export const HEADER = [
  'kind'.padEnd(16),
  'count'.padStart(8),
  'errors'.padStart(7),
  'p50 ms'.padStart(8),
  'p95 ms'.padStart(8),
  'p99 ms'.padStart(8),
  'max ms'.padStart(8),
].join(' ')

export const READ_KINDS = ['read:home', 'read:category', 'read:article'] as const

export function mixTable(recorder: LatencyRecorder): string[] {
  const lines = [HEADER, row('read (all)', recorder.summary('read', ...READ_KINDS))]
  for (const kind of READ_KINDS) lines.push(row(`  ${kind.slice(5)}`, recorder.summary(kind)))
  lines.push(row('  page-cache hit', recorder.summary('cache:hit')))
  lines.push(row('  page-cache miss', recorder.summary('cache:miss')))
  lines.push(row('search', recorder.summary('search')))
  lines.push(row('save (draft)', recorder.summary('save')))
  lines.push(row('publish', recorder.summary('publish')))
  lines.push(row('visible after', recorder.summary('visible')))
  return lines
}

export interface TargetInput {
  errors: number
  readP99: number
  searchP99: number
  visibleMax: number
  memoryGrowth: number
}

export function targets(t: TargetInput): string[] {
  const check = (ok: boolean, text: string) => `${ok ? 'MET   ' : 'MISSED'} ${text}`
  return [
    check(t.errors === 0, `0 errors (${t.errors})`),
    check(t.readP99 < 100, `read p99 < 100 ms (${ms(t.readP99)} ms)`),
    check(t.searchP99 < 200, `search p99 < 200 ms (${ms(t.searchP99)} ms)`),
    check(t.visibleMax <= 2000, `publish visible ≤ 2 s, worst case (${ms(t.visibleMax)} ms)`),
    check(
      t.memoryGrowth < 0.2,
      `resident memory growth < 20% (${(t.memoryGrowth * 100).toFixed(1)}%)`,
    ),
  ]
}
