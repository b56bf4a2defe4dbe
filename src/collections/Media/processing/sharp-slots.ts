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
 * timeout (../process-image.ts), so a pathological image frees its slot.
 *
 * Fairness between people: each uploader (`owner`, the account id) has their own queue, and a
 * freed slot goes to the next owner in turn (round-robin), so a colleague's one photo waits for
 * at most one operation of each other uploader instead of behind someone's whole burst. And
 * one owner may have at most MAX_PHOTOS_PER_OWNER photos in progress, and MAX_WAITING_PER_OWNER
 * operations waiting when a new photo of theirs arrives: a script or phone sending sixty-four
 * photos at once is refused for the surplus (503, "your earlier photos are still being
 * processed") instead of filling the shared queue and getting everyone else refused until it
 * drains. Work without an owner (the importer, seeds) has no per-owner bound.
 */
const DEFAULT_SLOTS = 2

/** Waiting operations beyond which a new photo is refused (about ten photos' worth). */
export const MAX_WAITING = 64

/** Waiting operations of one owner beyond which their new photo is refused (two photos' worth). */
export const MAX_WAITING_PER_OWNER = 16

/**
 * Photos of one owner being processed at once, beyond which their next photo is refused. The
 * bound on waiting operations alone is not enough: a photo queues its six encodes only after its
 * admitted first operation ran, so sixteen photos sent at once were all admitted and then fanned
 * out to ~96 waiting operations, past MAX_WAITING, refusing everyone else. Four photos (~28
 * operations) stay well below it; the admin's bulk upload sends one photo at a time.
 */
export const MAX_PHOTOS_PER_OWNER = 4

/**
 * Thrown by `run(work, { admit: true })` when the queue is full (`scope: 'all'`) or the
 * owner's own share of it is (`scope: 'owner'`); nothing was started.
 */
export class SlotsFullError extends Error {
  constructor(readonly scope: 'all' | 'owner' = 'all') {
    super(
      scope === 'owner'
        ? 'Too many image operations of this uploader waiting'
        : 'Too many image operations waiting',
    )
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

/** The owner key of an account's uploads (`users:<id>`); none for work without a user. */
export const uploaderOf = (
  user: { collection: string; id: string | number } | null | undefined,
): string | undefined => (user ? `${user.collection}:${user.id}` : undefined)

export interface RunOptions {
  /** The photo's first operation: refused (SlotsFullError) when the queue is full. */
  admit?: boolean
  /** Who the work is for (an account id); without one, no per-owner bound. */
  owner?: string
}

/**
 * A limit on concurrent async work, `limit` 0 meaning none, shared round-robin between owners
 * (first come, first served within one owner). A run with `admit: true` is refused
 * (SlotsFullError) when `maxWaiting` runs already wait, or `maxWaitingPerOwner` of its owner.
 */
export function createSlots(
  limit: number,
  maxWaiting = MAX_WAITING,
  maxWaitingPerOwner = MAX_WAITING_PER_OWNER,
  maxPhotosPerOwner = MAX_PHOTOS_PER_OWNER,
) {
  let running = 0
  let waiting = 0
  const photos = new Map<string, number>()
  // Owners in turn order: the one served goes to the back (Map keeps insertion order).
  const queues = new Map<string, Array<() => void>>()
  const NO_OWNER = ''
  const next = (): (() => void) | undefined => {
    const first = queues.entries().next()
    if (first.done) return undefined
    const [owner, queue] = first.value
    const start = queue.shift()
    queues.delete(owner)
    if (queue.length) queues.set(owner, queue)
    waiting--
    return start
  }
  const release = () => {
    running--
    const start = next()
    if (start) {
      running++
      start()
    }
  }
  return {
    /**
     * Runs `work`, all of one photo's operations, as one of `owner`'s photos in progress; refused
     * (SlotsFullError 'owner') before any work when the owner already has maxPhotosPerOwner.
     */
    async photo<T>(owner: string | undefined, work: () => Promise<T>): Promise<T> {
      if (limit <= 0 || !owner) return work()
      const current = photos.get(owner) ?? 0
      if (current >= maxPhotosPerOwner) throw new SlotsFullError('owner')
      photos.set(owner, current + 1)
      try {
        return await work()
      } finally {
        const left = (photos.get(owner) ?? 1) - 1
        if (left > 0) photos.set(owner, left)
        else photos.delete(owner)
      }
    },
    async run<T>(work: () => Promise<T>, options: RunOptions = {}): Promise<T> {
      if (limit > 0) {
        if (running >= limit) {
          const owner = options.owner || NO_OWNER
          const queue = queues.get(owner) ?? []
          if (options.admit && waiting >= maxWaiting) throw new SlotsFullError('all')
          if (options.admit && owner !== NO_OWNER && queue.length >= maxWaitingPerOwner)
            throw new SlotsFullError('owner')
          queues.set(owner, queue)
          waiting++
          await new Promise<void>((resolve) => queue.push(resolve))
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
      return { running, waiting }
    },
    /** Operations waiting for one owner, for tests. */
    waitingOf(owner: string): number {
      return queues.get(owner)?.length ?? 0
    },
  }
}

let shared: ReturnType<typeof createSlots> | null = null

/**
 * Runs one sharp operation of the upload pipeline in the process's slots, in the turn of its
 * `owner`; `admit: true` for a photo's first operation, which is refused with SlotsFullError when
 * the queue, or the owner's share of it, is full.
 */
export function inSharpSlot<T>(work: () => Promise<T>, options: RunOptions = {}): Promise<T> {
  shared ??= createSlots(slotsFromEnv())
  return shared.run(work, options)
}

/** Runs one photo's operations (`work`) as one of `owner`'s photos in progress (see `photo`). */
export function asSharpPhoto<T>(owner: string | undefined, work: () => Promise<T>): Promise<T> {
  shared ??= createSlots(slotsFromEnv())
  return shared.photo(owner, work)
}

/** The process's slots as they stand, for tests. */
export const sharpSlotsLoad = () => {
  shared ??= createSlots(slotsFromEnv())
  return { ...shared.load, waitingOf: (owner: string) => shared!.waitingOf(owner) }
}
