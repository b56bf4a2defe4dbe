/**
 * Login throttling without account lockout. Failures are counted per (account, client address)
 * pair: the first few are free, then each further attempt must wait twice as long as the last
 * (1 s, 2 s, 4 s … up to a ceiling). A stranger guessing an admin's password therefore slows
 * down only their own pair; the admin, from any other address, logs in as usual. A per-address
 * ceiling on failures across all accounts stops one address from spraying many accounts.
 *
 * Every attempt is recorded as a failure when it is let through and undone on success, so
 * concurrent attempts cannot slip past a check that has not yet seen the others' outcome.
 * State is kept in memory, per process (see README, Logins).
 */
export interface ThrottleOptions {
  /** Failures per pair before backoff starts. */
  freeAttempts: number
  /** First wait after the free attempts; doubles with each further failure. */
  baseMs: number
  /** Longest wait for one pair. */
  maxMs: number
  /** Failures allowed from one address across all accounts within `ipWindowMs`. */
  ipMaxFailures: number
  ipWindowMs: number
  /** A pair silent for this long starts again from zero. */
  forgetMs: number
  /** Bound on remembered pairs and addresses (oldest dropped first). */
  maxEntries: number
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number }

interface Pair {
  failures: number
  nextAt: number
  lastAt: number
}

export class LoginThrottle {
  private readonly pairs = new Map<string, Pair>()
  /** Timestamps of the latest failures per address, at most `ipMaxFailures` of them. */
  private readonly ips = new Map<string, number[]>()

  constructor(private readonly options: ThrottleOptions) {}

  /** Decides on an attempt and, when it may go ahead, records it as a failure. */
  begin(account: string, ip: string, now = Date.now()): Verdict {
    const key = pairKey(account, ip)
    let pair = this.pairs.get(key)
    if (pair && now - pair.lastAt > this.options.forgetMs) pair = undefined
    if (pair && pair.nextAt > now) return { allowed: false, retryAfterMs: pair.nextAt - now }

    const recent = (this.ips.get(ip) ?? []).filter((t) => now - t < this.options.ipWindowMs)
    const oldest = recent[0]
    if (oldest !== undefined && recent.length >= this.options.ipMaxFailures) {
      return { allowed: false, retryAfterMs: oldest + this.options.ipWindowMs - now }
    }

    const failures = (pair?.failures ?? 0) + 1
    const over = failures - this.options.freeAttempts
    const wait = over < 0 ? 0 : Math.min(this.options.baseMs * 2 ** over, this.options.maxMs)
    remember(this.pairs, key, { failures, nextAt: now + wait, lastAt: now }, this.options)
    recent.push(now)
    remember(this.ips, ip, recent.slice(-this.options.ipMaxFailures), this.options)
    return { allowed: true }
  }

  /** The attempt was right: forget the pair and take the attempt back from the address. */
  succeeded(account: string, ip: string): void {
    this.pairs.delete(pairKey(account, ip))
    const recent = this.ips.get(ip)
    recent?.pop()
    if (recent && !recent.length) this.ips.delete(ip)
  }
}

const pairKey = (account: string, ip: string) => `${account.trim().toLowerCase()}\u0000${ip}`

function remember<T>(map: Map<string, T>, key: string, value: T, options: ThrottleOptions): void {
  map.delete(key) // re-insert so iteration order is oldest-touched first
  map.set(key, value)
  while (map.size > options.maxEntries) {
    const oldest = map.keys().next()
    if (oldest.done) break
    map.delete(oldest.value)
  }
}
