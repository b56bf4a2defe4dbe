/**
 * Counts each request nginx received exactly once when nginx mirrors every page request to the
 * server (deploy/nginx: `mirror`). A micro-cache hit reaches the server only as its mirror; a
 * miss reaches it twice, as the mirror and as the proxied request, both carrying nginx's
 * `$request_id`. The proxied request knows the answer (status, type), so it decides and counts;
 * the mirror counts only when no proxied request with its id arrived within the wait (a hit:
 * nginx keeps only pages the server marked shareable, i.e. complete 200 pages). Arrival order
 * does not matter: whichever comes second finds the other's entry.
 *
 * The wait covers the longest gap nginx can put between the two: a request queued behind
 * `proxy_cache_lock` goes to the server after `proxy_cache_lock_timeout` (5 s). Entries are a
 * few dozen bytes and capped, so a flood cannot exhaust memory (the oldest are settled early).
 */
import type { PageView } from './page-view'

export const PAIR_WAIT_MS = 15_000
const MAX_IN_FLIGHT_MS = 10 * 60_000
const MAX_ENTRIES = 200_000

interface Entry {
  at: number
  /** The mirror's view, once the mirror came (only mirrors of countable requests are kept). */
  mirror?: PageView
  inFlight: boolean
  done: boolean
}

export class ViewPairing {
  private entries = new Map<string, Entry>()

  constructor(
    private readonly count: (view: PageView, at: number) => void,
    private readonly waitMs = PAIR_WAIT_MS,
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** nginx's mirror of a countable request. */
  mirrored(id: string, view: PageView, now = Date.now()): void {
    const entry = this.entries.get(id)
    if (!entry) {
      this.add(id, { at: now, mirror: view, inFlight: false, done: false })
    } else if (entry.done) {
      this.entries.delete(id)
    } else {
      entry.mirror = view
    }
  }

  /** The proxied request with that id has arrived; its answer will decide. */
  proxiedStart(id: string, now = Date.now()): void {
    const entry = this.entries.get(id)
    if (entry) entry.inFlight = true
    else this.add(id, { at: now, inFlight: true, done: false })
  }

  /** The proxied request has been answered: `view` when the answer counts, else null. */
  proxiedEnd(id: string, view: PageView | null, now = Date.now()): void {
    const entry = this.entries.get(id)
    if (entry?.done) return
    if (view) this.count(view, now)
    if (!entry) return
    if (entry.mirror !== undefined) this.entries.delete(id)
    else {
      entry.inFlight = false
      entry.done = true
    }
  }

  /** Settles entries older than the wait: a mirror nobody followed was a micro-cache hit. */
  sweep(now = Date.now()): void {
    for (const [id, entry] of this.entries) {
      if (now - entry.at < this.waitMs) break
      if (entry.inFlight && now - entry.at < MAX_IN_FLIGHT_MS) continue
      this.settle(id, entry)
    }
  }

  private settle(id: string, entry: Entry): void {
    this.entries.delete(id)
    if (!entry.inFlight && !entry.done && entry.mirror) this.count(entry.mirror, entry.at)
  }

  private add(id: string, entry: Entry): void {
    this.entries.set(id, entry)
    if (this.entries.size <= MAX_ENTRIES) return
    const oldest = this.entries.entries().next().value
    if (oldest) this.settle(oldest[0], oldest[1])
  }
}

/** Sweeps once a second; returns the stop function (which settles everything left). */
export function startPairingSweeper(pairing: ViewPairing): () => void {
  const timer = setInterval(() => pairing.sweep(), 1000)
  timer.unref()
  return () => {
    clearInterval(timer)
    pairing.sweep(Number.POSITIVE_INFINITY)
  }
}
