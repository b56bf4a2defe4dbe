export interface Latency {
  p50: number
  p95: number
  p99: number
  mean: number
}

export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(sorted.length, 1)
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean }
}

/** Times `fn` once per query after a short warm-up; returns milliseconds per query. */
export async function timeQueries(
  queries: string[],
  fn: (q: string) => Promise<unknown>,
): Promise<Latency> {
  for (const q of queries.slice(0, 20)) await fn(q)
  const samples: number[] = []
  for (const q of queries) {
    const start = process.hrtime.bigint()
    await fn(q)
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return latency(samples)
}

export const ms = (v: number) => v.toFixed(2)
