/**
 * What the simulated visitors ask for, as pure functions of a seeded random source so two runs
 * send the same sequence: a weighted choice between request kinds, and a Zipf distribution over
 * pages so a few popular articles are read again and again (page-cache hits) while the long tail
 * is read once in a while (misses that render).
 */
import { rng } from '../search/corpus'

export { rng }

export type Random = () => number

/** Index of the weight `r` (in [0, 1)) falls on, weights taken in proportion to their sum. */
export function pickWeighted(weights: readonly number[], r: number): number {
  const total = weights.reduce((sum, w) => sum + w, 0)
  let point = r * total
  for (const [i, w] of weights.entries()) {
    if (point < w) return i
    point -= w
  }
  return weights.length - 1
}

/**
 * Zipf over ranks 0..n-1 (rank k drawn with weight 1/(k+1)^s), sampled by binary search over
 * the cumulative weights: O(log n) per draw after an O(n) table.
 */
export function zipf(n: number, s = 1): (r: number) => number {
  const cumulative = new Float64Array(n)
  let sum = 0
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1) ** s
    cumulative[k] = sum
  }
  return (r) => {
    const target = r * sum
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((cumulative[mid] ?? sum) > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}

export type Kind = 'read' | 'search' | 'publish'

/** The mix: 90% page reads, 8% searches, 2% editors saving and publishing. */
export const MIX: ReadonlyArray<{ kind: Kind; weight: number }> = [
  { kind: 'read', weight: 90 },
  { kind: 'search', weight: 8 },
  { kind: 'publish', weight: 2 },
]

export function pickKind(r: number): Kind {
  return (
    MIX[
      pickWeighted(
        MIX.map((m) => m.weight),
        r,
      )
    ]?.kind ?? 'read'
  )
}
