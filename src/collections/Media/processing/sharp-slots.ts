/**
 * At most a few sharp operations of the upload pipeline at a time, for the whole process
 * (issue 11 §5: the admin stays responsive while twenty photos are processed).
 *
 * sharp runs each operation on Node's libuv threadpool (4 threads unless UV_THREADPOOL_SIZE
 * says otherwise), the pool that also reads files from disk, compresses responses (zlib) and
 * hashes passwords. A photo is one metadata read, then six sharp operations started at once
 * (the original and five sizes) plus one more for each cropped size, so a reporter's bulk
 * upload kept every thread of the pool busy, photo after photo: the admin's script files (read
 * from disk, gzipped) waited in the same first-come queue behind seconds of image work, up to
 * 6–7 s measured. Passing sharp's work through these slots (MEDIA_SHARP_SLOTS, default 2; 0 = no
 * limit) leaves the rest of the pool to everything else; the worst wait fell to 0.2–0.8 s and
 * ten photos were not slower on 2 cores (each sharp operation already uses every core through
 * libvips' own threads). BENCHMARKS.md (Media upload) has the figures.
 *
 * The queue is bounded: a new photo is not admitted while MAX_WAITING operations already wait
 * (SlotsFullError, answered 503 by the upload hook), so uploads sent faster than they can be
 * processed are refused instead of piling up in memory. Only a photo's first operation is
 * checked, so an admitted photo is never refused half-way. Each pipeline also has a sharp
 * timeout (../process-image.ts), so a pathological image frees its slot. There is no per-user
 * fairness: the order is first come, first served.
 */
const DEFAULT_SLOTS = 2

/** Waiting operations beyond which a new photo is refused (about ten photos' worth). */
export const MAX_WAITING = 64

/** Thrown by `run(work, { admit: true })` when the queue is full; nothing was started. */
export class SlotsFullError extends Error {
  constructor() {
    super('Too many image operations waiting')
    this.name = 'SlotsFullError'
  }
}

export function slotsFromEnv(
  env: Record<string, string | undefined> = process.env,
  warn: (message: string) => void = console.warn,
): number {
  const raw = env.MEDIA_SHARP_SLOTS?.trim()
  if (!raw) return DEFAULT_SLOTS
  // Digits only: Number() would also take '0x10', '1e1' and ' 3 '.
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (Number.isSafeInteger(value)) return value
  warn(
    `MEDIA_SHARP_SLOTS=${JSON.stringify(raw)} is not a non-negative whole number; using ${DEFAULT_SLOTS}`,
  )
  return DEFAULT_SLOTS
}

/**
 * A first-come-first-served limit on concurrent async work; `limit` 0 means none. A run with
 * `admit: true` is refused (SlotsFullError) when `maxWaiting` runs already wait.
 */
export function createSlots(limit: number, maxWaiting = MAX_WAITING) {
  let running = 0
  const waiting: Array<() => void> = []
  const release = () => {
    running--
    const next = waiting.shift()
    if (next) {
      running++
      next()
    }
  }
  return {
    async run<T>(work: () => Promise<T>, options: { admit?: boolean } = {}): Promise<T> {
      if (limit > 0) {
        if (running >= limit) {
          if (options.admit && waiting.length >= maxWaiting) throw new SlotsFullError()
          await new Promise<void>((resolve) => waiting.push(resolve))
        } else running++
      }
      try {
        return await work()
      } finally {
        if (limit > 0) release()
      }
    },
    /** Operations running and waiting, for tests. */
    get load() {
      return { running, waiting: waiting.length }
    },
  }
}

let shared: ReturnType<typeof createSlots> | null = null

/**
 * Runs one sharp operation of the upload pipeline in the process's slots; `admit: true` for a
 * photo's first operation, which is refused with SlotsFullError when the queue is full.
 */
export function inSharpSlot<T>(
  work: () => Promise<T>,
  options: { admit?: boolean } = {},
): Promise<T> {
  shared ??= createSlots(slotsFromEnv())
  return shared.run(work, options)
}
