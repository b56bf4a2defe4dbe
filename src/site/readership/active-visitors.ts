/**
 * "Đang truy cập": distinct visitors seen in the last five minutes, without cookies or
 * fingerprinting. Each counted request's client address is hashed (SHA-256 of a 256-bit random salt
 * and the address; the one-shot hash costs a fifth of an HMAC) with a salt that exists only in
 * this process's memory and is replaced every Vietnam day; the hash and its last-seen time are
 * kept in memory for five minutes, never written anywhere, never logged. No address can be
 * recovered from a hash once the salt is gone, and the same reader cannot be followed from one
 * day to the next. Readers behind one NAT count as one visitor; with several server processes
 * each counts its own readers (the footer shows this process's figure).
 *
 * The addresses of the current second wait in a set and are hashed once each when the second
 * ends (or when the figure is read): a reader's page, its reloads and nginx's micro-cache hits
 * cost one hash a second instead of one per view. An address is therefore held as it came, in
 * memory only, for at most about a second (a timer settles the set when no later view does).
 */
import { DailySalt } from './visitor-hash'

export const ACTIVE_WINDOW_MS = 5 * 60_000
const MAX_TRACKED = 100_000

export class ActiveVisitors {
  private salt = new DailySalt()
  private seen = new Map<string, number>()
  /** Addresses seen in `recentSecond`, not yet hashed. */
  private recent = new Set<string>()
  private recentSecond = -1
  private recentAt = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly windowMs = ACTIVE_WINDOW_MS) {}

  saw(address: string, now = Date.now()): void {
    const second = Math.floor(now / 1000)
    if (second !== this.recentSecond) {
      this.settle()
      this.recentSecond = second
    }
    this.recent.add(address)
    this.recentAt = now
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined
        this.settle()
      }, 1000)
      this.timer.unref()
    }
  }

  /** Distinct visitors seen in the window ending now. */
  count(now = Date.now()): number {
    this.settle()
    this.prune(now)
    return this.seen.size
  }

  /** Hashes the addresses waiting in `recent` into `seen` and forgets them. */
  private settle(): void {
    if (!this.recent.size) return
    const at = this.recentAt
    // One second never spans a Vietnam midnight, so one day (and salt) holds the whole set.
    if (this.salt.renew(at)) this.seen.clear()
    for (const address of this.recent) {
      const hash = this.salt.hash(address)
      this.seen.delete(hash)
      this.seen.set(hash, at)
    }
    this.recent.clear()
    if (this.seen.size > MAX_TRACKED) this.prune(at)
  }

  private prune(now: number): void {
    // The Map is in last-seen order (re-inserted on every visit): the oldest come first.
    for (const [hash, at] of this.seen) {
      if (now - at < this.windowMs && this.seen.size <= MAX_TRACKED) break
      this.seen.delete(hash)
    }
  }
}
