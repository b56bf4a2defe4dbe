/**
 * A page view is a visit, as portal statistics count them: one address counts a given page at
 * most once per 30 minutes. Without this rule one client repeating a page (300 requests with a
 * browser's user agent in 17 s) put an article into "Đọc nhiều" and raised "Hôm nay" by 300.
 * Every request is still seen ("Đang truy cập", the page cache); only repeats are not new views.
 *
 * What is kept: the salted hash of address and path (visitor-hash.ts, a new salt every Vietnam
 * day) and when it was counted, in memory only, for 30 minutes, at most MAX_TRACKED of them (the
 * oldest go first). Never the address itself, never written anywhere. A reader who stays past
 * Vietnam midnight counts again on the new day, as the new day's salt matches nothing earlier.
 * Each server process keeps its own set, so behind nginx with several processes one reader's
 * repeats can count once per process that serves them.
 *
 * An IPv6 reader is its /64 (addressBucket, as the login throttle counts it): a host routinely
 * holds a whole /64 and can take a new address for every request, which would make every repeat
 * a "new" visit. An IPv4-mapped address is its IPv4 reader.
 */
import { addressBucket } from '@/auth/address-bucket'

import { DailySalt } from './visitor-hash'

export const VISIT_WINDOW_MS = 30 * 60_000
const MAX_TRACKED = 100_000

function decoded(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export class RepeatViews {
  private salt = new DailySalt()
  /** Hash of address and path → when its view was counted. */
  private counted = new Map<string, number>()
  /**
   * The counted views oldest first, as a queue (an entry is stale once its hash was counted
   * again). Pruning the Map itself by iterating it from the front would walk over every entry
   * deleted since V8 last compacted it: under an address-spraying flood at the bound, tens of µs
   * per request instead of one.
   */
  private queue: { hash: string; at: number }[] = []
  private head = 0

  constructor(
    private readonly windowMs = VISIT_WINDOW_MS,
    private readonly maxTracked = MAX_TRACKED,
  ) {}

  /** Whether a view of `path` by `address` at `now` is a new visit; remembers it when it is. */
  isNew(address: string, path: string, now = Date.now()): boolean {
    if (this.salt.renew(now)) this.forgetAll()
    // The path as decoded: `/bai-viet/%73lug` is `/bai-viet/slug` (the same article, counted
    // under the same decoded key by page-kind.ts), or one address could count a page again for
    // every spelling of it. No address holds a newline, so no two pairs make one text.
    const hash = this.salt.hash(`${addressBucket(address)}\n${decoded(path)}`)
    const at = this.counted.get(hash)
    if (at !== undefined && now - at < this.windowMs) return false
    this.counted.set(hash, now)
    this.queue.push({ hash, at: now })
    this.prune(now)
    return true
  }

  get size(): number {
    return this.counted.size
  }

  private forgetAll(): void {
    this.counted.clear()
    this.queue = []
    this.head = 0
  }

  /** Drops expired visits, then the oldest while over the bound; stale queue entries go too. */
  private prune(now: number): void {
    for (let next = this.queue[this.head]; next; next = this.queue[this.head]) {
      if (now - next.at < this.windowMs && this.counted.size <= this.maxTracked) break
      if (this.counted.get(next.hash) === next.at) this.counted.delete(next.hash)
      this.head++
    }
    // Compacted once the dropped front is half the array: amortised O(1) per view.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head)
      this.head = 0
    }
  }
}
