/**
 * At most a few sharp operations of the upload pipeline at a time, for the whole process
 * (issue 11 §5: the admin stays responsive while twenty photos are processed).
 *
 * sharp runs each operation on Node's libuv threadpool (4 threads unless UV_THREADPOOL_SIZE
 * says otherwise), the pool that also reads files from disk, compresses responses (zlib) and
 * hashes passwords. A photo is six sharp operations started at once, so a reporter's bulk
 * upload kept every thread of the pool busy, photo after photo: the admin's script files (read
 * from disk, gzipped) waited in the same first-come queue behind seconds of image work, up to
 * 6–7 s measured. Passing sharp's work through these slots (MEDIA_SHARP_SLOTS, default 2; 0 = no
 * limit) leaves the rest of the pool to everything else; the worst wait fell to 0.2–0.8 s and
 * ten photos were not slower on 2 cores (each sharp operation already uses every core through
 * libvips' own threads). BENCHMARKS.md (Media upload) has the figures.
 */
const DEFAULT_SLOTS = 2

export function slotsFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MEDIA_SHARP_SLOTS?.trim()
  if (!raw) return DEFAULT_SLOTS
  const value = Number(raw)
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_SLOTS
}

/** A first-come-first-served limit on concurrent async work; `limit` 0 means none. */
export function createSlots(limit: number) {
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
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (limit > 0) {
        if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
        else running++
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

/** Runs one sharp operation of the upload pipeline in the process's slots. */
export function inSharpSlot<T>(work: () => Promise<T>): Promise<T> {
  shared ??= createSlots(slotsFromEnv())
  return shared.run(work)
}
