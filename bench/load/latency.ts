/**
 * Latency recording for the load benchmark: every sample is kept (a ten-minute run holds a few
 * hundred thousand numbers, a few megabytes) so percentiles are exact rather than bucketed.
 */

/** Nearest-rank percentile of ascending `sorted` (p in 0..100); NaN when there are no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

export interface Summary {
  count: number
  errors: number
  p50: number
  p95: number
  p99: number
  max: number
}

export class LatencyRecorder {
  private readonly samples = new Map<string, number[]>()
  private readonly errorCounts = new Map<string, number>()
  /** What each sample was (a search's query), for the kinds given one: which samples make a tail. */
  private readonly labels = new Map<string, Array<{ ms: number; label: string }>>()
  readonly tallies = new Map<string, number>()
  readonly errorExamples: string[] = []

  record(kind: string, ms: number, label?: string): void {
    const list = this.samples.get(kind) ?? []
    list.push(ms)
    this.samples.set(kind, list)
    if (label === undefined) return
    const labelled = this.labels.get(kind) ?? []
    labelled.push({ ms, label })
    this.labels.set(kind, labelled)
  }

  /** The `n` slowest labelled samples of a kind, slowest first. */
  slowest(kind: string, n: number): Array<{ ms: number; label: string }> {
    return [...(this.labels.get(kind) ?? [])].sort((a, b) => b.ms - a.ms).slice(0, n)
  }

  error(kind: string, what: string): void {
    this.errorCounts.set(kind, (this.errorCounts.get(kind) ?? 0) + 1)
    if (this.errorExamples.length < 10) this.errorExamples.push(`${kind}: ${what}`)
  }

  tally(name: string): void {
    this.tallies.set(name, (this.tallies.get(name) ?? 0) + 1)
  }

  kinds(): string[] {
    return [...new Set([...this.samples.keys(), ...this.errorCounts.keys()])]
  }

  /** Percentiles of one kind, or of several taken together (e.g. every kind of read). */
  summary(kind: string, ...more: string[]): Summary {
    const kinds = [kind, ...more]
    const sorted = kinds.flatMap((k) => this.samples.get(k) ?? []).sort((a, b) => a - b)
    return {
      count: sorted.length,
      errors: kinds.reduce((sum, k) => sum + (this.errorCounts.get(k) ?? 0), 0),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
    }
  }
}
