/**
 * Seeded randomness for the distractor generator. Every article draws from its own stream,
 * derived from (seed, index), so article i is the same whichever engine asks for it, in
 * whatever order, and a corpus of a million can be generated in slices.
 */

/** mulberry32: small, fast, good enough for test text. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit hash of (seed, index) (murmur3's finaliser), so neighbouring indexes are unrelated. */
export function streamSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ (index >>> 0)) >>> 0
  h ^= Math.floor(index / 4294967296)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

export interface Draw {
  random: () => number
  /** Uniform integer in [lo, hi]. */
  int: (lo: number, hi: number) => number
  /** Uniform pick. */
  one: <T>(list: readonly T[]) => T
  /** Skewed pick: the first entries are the most common, as in real word and name counts. */
  common: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
}

export function draw(random: () => number): Draw {
  return {
    random,
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    one: <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T,
    common: <T>(list: readonly T[]): T => list[Math.floor(random() ** 1.8 * list.length)] as T,
    chance: (p) => random() < p,
  }
}
