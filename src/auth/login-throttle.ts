/**
 * Login throttling without account lockout. Failures are counted per (account, client address)
 * pair: the first few are free, then each further attempt must wait twice as long as the last
 * (1 s, 2 s, 4 s … up to a ceiling). A stranger guessing an admin's password therefore slows
 * down only their own pair; the admin, from any other address, logs in as usual. A per-address
 * ceiling on failures across all accounts stops one address from spraying many accounts.
 *
 * Every attempt is recorded as a failure when it is let through and undone on success, so
 * concurrent attempts cannot slip past a check that has not yet seen the others' outcome. An
 * attempt made within an HTTP request stays "in flight" until that request's response is done
 * (`settle`): past the free attempts no other attempt of the pair runs meanwhile (ten aliased
 * GraphQL logins in one request run one after another, not in parallel with the backoff), and
 * the wait starts when the answer has gone out, however slow the password check was.
 * State is kept in memory, per process (see README, Logins).
 */
import { addressBucket } from './address-bucket'

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

/** An attempt whose request never reported its end is taken as finished after this long. */
const STALE_PENDING_MS = 60_000

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number }

interface Pair {
  failures: number
  nextAt: number
  lastAt: number
  /** Attempts let through whose request has not finished yet. */
  pending: number
}

export class LoginThrottle {
  private readonly pairs = new Map<string, Pair>()
  /** Timestamps of the latest failures per address, at most `ipMaxFailures` of them. */
  private readonly ips = new Map<string, number[]>()
  /** Pairs attempted by each request still in flight. */
  private readonly inFlight = new Map<string, string[]>()

  constructor(private readonly options: ThrottleOptions) {}

  /**
   * Decides on an attempt and, when it may go ahead, records it as a failure. With a
   * `requestId`, the backoff starts at `settle(requestId)`; without one, at once.
   */
  begin(account: string, address: string, now = Date.now(), requestId?: string): Verdict {
    const ip = addressBucket(address)
    const key = pairKey(account, ip)
    let pair = this.pairs.get(key)
    if (pair?.pending && now - pair.lastAt > STALE_PENDING_MS) pair.pending = 0
    if (pair && !pair.pending && now - pair.lastAt > this.options.forgetMs) pair = undefined
    if (pair && pair.nextAt > now) return { allowed: false, retryAfterMs: pair.nextAt - now }
    if (pair && pair.pending && pair.failures >= this.options.freeAttempts) {
      return { allowed: false, retryAfterMs: this.waitAfter(pair.failures) }
    }

    const recent = (this.ips.get(ip) ?? []).filter((t) => now - t < this.options.ipWindowMs)
    const oldest = recent[0]
    if (oldest !== undefined && recent.length >= this.options.ipMaxFailures) {
      return { allowed: false, retryAfterMs: oldest + this.options.ipWindowMs - now }
    }

    const failures = (pair?.failures ?? 0) + 1
    const next: Pair = { failures, nextAt: now, lastAt: now, pending: pair?.pending ?? 0 }
    if (requestId) {
      next.pending += 1
      const keys = [...(this.inFlight.get(requestId) ?? []), key]
      remember(this.inFlight, requestId, keys, this.options)
    } else {
      next.nextAt = now + this.waitAfter(failures)
    }
    remember(this.pairs, key, next, this.options)
    recent.push(now)
    remember(this.ips, ip, recent.slice(-this.options.ipMaxFailures), this.options)
    return { allowed: true }
  }

  /** The request's answer has gone out: its failed attempts start their backoff now. */
  settle(requestId: string, now = Date.now()): void {
    const keys = this.inFlight.get(requestId)
    if (!keys) return
    this.inFlight.delete(requestId)
    for (const key of keys) {
      const pair = this.pairs.get(key)
      if (!pair) continue
      pair.pending = Math.max(0, pair.pending - 1)
      pair.lastAt = now
      pair.nextAt = Math.max(pair.nextAt, now + this.waitAfter(pair.failures))
    }
  }

  /** The attempt was right: forget the pair and take the attempt back from the address. */
  succeeded(account: string, address: string): void {
    const ip = addressBucket(address)
    this.pairs.delete(pairKey(account, ip))
    const recent = this.ips.get(ip)
    recent?.pop()
    if (recent && !recent.length) this.ips.delete(ip)
  }

  /** Wait after `failures` failures: none for the free ones, then base, 2×base, 4×base … max. */
  private waitAfter(failures: number): number {
    const over = failures - this.options.freeAttempts
    return over < 0 ? 0 : Math.min(this.options.baseMs * 2 ** over, this.options.maxMs)
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
