/**
 * "Đang truy cập": distinct visitors seen in the last five minutes, without cookies or
 * fingerprinting. Each counted request's client address is hashed at once (visitor-hash.ts:
 * SHA-256 of a 256-bit random salt and the address) with a salt that exists only in this
 * process's memory and is replaced every Vietnam day; the hash and its last-seen time are kept in
 * memory for five minutes, never written anywhere, never logged, and the address itself is not
 * kept at all. No address can be recovered from a hash once the salt is gone, and the same reader
 * cannot be followed from one day to the next. Readers behind one NAT count as one visitor; with
 * several server processes each counts its own readers (the footer shows this process's figure).
 * A visitor is a reader as the once-per-visit rule counts one (readerBucket): an IPv4 address, an
 * IPv6 /64 (one host can spray addresses from its /64 and would otherwise show any figure up to
 * the bound), an IPv4-mapped IPv6 address as its IPv4 address.
 *
 * In the server the salt is the once-per-visit rule's (state.ts), and counter.ts hands both the
 * one hash it makes of the reader: the visitor costs no hash of its own. The set lives in
 * typed arrays in last-seen order (fingerprint-table.ts), so a view allocates nothing that lives on.
 */
import { type Fingerprint, FingerprintTable } from './fingerprint-table'
import { DailySalt, readerBucket } from './visitor-hash'

export const ACTIVE_WINDOW_MS = 5 * 60_000
const MAX_TRACKED = 100_000

export class ActiveVisitors {
  private seen: FingerprintTable
  private generation: number
  private readonly scratch = new Int32Array(4)

  constructor(
    private readonly windowMs = ACTIVE_WINDOW_MS,
    private readonly salt = new DailySalt(),
    maxTracked = MAX_TRACKED,
  ) {
    this.seen = new FingerprintTable(maxTracked)
    this.generation = salt.generation
  }

  saw(address: string, now = Date.now()): void {
    this.salt.renew(now)
    this.sawFor(this.salt.fingerprint(readerBucket(address), this.scratch), now)
  }

  /** The same for a visitor whose fingerprint the caller made with this set's salt (counter.ts). */
  sawFor(visitor: Fingerprint, now: number): void {
    const seen = this.current()
    const entry = seen.find(visitor)
    if (entry >= 0) return seen.touch(entry, now)
    if (seen.size >= seen.capacity) seen.remove(seen.oldest)
    seen.add(visitor, now)
  }

  /** Distinct visitors seen in the window ending now. */
  count(now = Date.now()): number {
    const seen = this.current()
    for (let e = seen.oldest; e >= 0 && !(now - seen.time(e) < this.windowMs); e = seen.oldest)
      seen.remove(e)
    return seen.size
  }

  /** The hashes held, least recently seen first (hex; for audits and tests). */
  held(): string[] {
    return this.current().held()
  }

  /** The set, emptied when the salt changed since it was filled (old hashes never match again). */
  private current(): FingerprintTable {
    if (this.generation !== this.salt.generation) {
      this.seen.clear()
      this.generation = this.salt.generation
    }
    return this.seen
  }
}
