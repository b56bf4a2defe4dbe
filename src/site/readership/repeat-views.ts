/**
 * A page view is a visit, as portal statistics count them: one address counts a given page at
 * most once per 30 minutes. Without this rule one client repeating a page (300 requests with a
 * browser's user agent in 17 s) put an article into "Đọc nhiều" and raised "Hôm nay" by 300.
 * Every request is still seen ("Đang truy cập", the page cache); only repeats are not new views.
 *
 * What is kept: a salted hash of the address (visitor-hash.ts, a new salt every Vietnam day)
 * combined with the path's hash, and when it was counted, in memory only, for 30 minutes, at most
 * MAX_TRACKED of them (the oldest go first). Never the address itself, never written anywhere. A
 * reader who stays past Vietnam midnight counts again on the new day, as the new day's salt
 * matches nothing earlier. Each server process keeps its own set, so behind nginx with several
 * processes one reader's repeats can count once per process that serves them.
 *
 * An IPv6 reader is its /64 (addressBucket, as the login throttle counts it): a host routinely
 * holds a whole /64 and can take a new address for every request, which would make every repeat
 * a "new" visit. An IPv4-mapped address is its IPv4 reader.
 *
 * Cost: the address's salted hash is the one per view (shared with "Đang truy cập" in the server,
 * counter.ts); the path's hash (SHA-256, unsalted: paths are public) is remembered per path, and
 * the two are combined by XOR. Pairs of one reader differ where their paths' hashes do; pairs of
 * two readers where the salted hashes of their addresses do, which no one can aim at without the
 * salt. The set lives in typed arrays (fingerprint-table.ts): nothing per view outlives the request.
 */
import crypto from 'node:crypto'

import { addressBucket } from '@/auth/address-bucket'

import { type Fingerprint, FingerprintTable } from './fingerprint-table'
import { DailySalt } from './visitor-hash'

export const VISIT_WINDOW_MS = 30 * 60_000
const MAX_TRACKED = 100_000
const MAX_PATHS = 4096

function decoded(path: string): string {
  if (!path.includes('%')) return path
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** The unit a reader is counted in: an IPv4 address as it is, an IPv6 address's /64. */
export function readerBucket(address: string): string {
  // No IPv6 address (mapped ones included) is written without a colon.
  return address.includes(':') ? addressBucket(address) : address
}

export class RepeatViews {
  /** Combined hash of reader and path → when its view was counted (typed arrays, bounded). */
  private counted: FingerprintTable
  private generation: number
  /** Decoded path → its hash's four words; cleared when full (it is only a cache). */
  private paths = new Map<string, Fingerprint>()
  private readonly reader = new Int32Array(4)
  private readonly key = new Int32Array(4)

  constructor(
    private readonly windowMs = VISIT_WINDOW_MS,
    maxTracked = MAX_TRACKED,
    private readonly salt = new DailySalt(),
  ) {
    this.counted = new FingerprintTable(maxTracked)
    this.generation = salt.generation
  }

  /** Whether a view of `path` by `address` at `now` is a new visit; remembers it when it is. */
  isNew(address: string, path: string, now = Date.now()): boolean {
    this.salt.renew(now)
    return this.isNewFor(this.salt.fingerprint(readerBucket(address), this.reader), path, now)
  }

  /**
   * The same for a reader whose bucket's fingerprint the caller made with this set's salt, after
   * `salt.renew(now)` (counter.ts: one hash serves "Đang truy cập" too).
   */
  isNewFor(reader: Fingerprint, path: string, now: number): boolean {
    const table = this.counted
    if (this.generation !== this.salt.generation) {
      table.clear()
      this.generation = this.salt.generation
    }
    // Expired visits leave from the front (oldest first), so what is found is a live one.
    for (let e = table.oldest; e >= 0 && !(now - table.time(e) < this.windowMs); e = table.oldest)
      table.remove(e)
    // The path as decoded: `/bai-viet/%73lug` is `/bai-viet/slug` (the same article, counted
    // under the same decoded key by page-kind.ts), or one address could count a page again for
    // every spelling of it.
    const page = this.pathHash(decoded(path))
    const key = this.key
    for (let w = 0; w < 4; w++) key[w] = reader[w]! ^ page[w]!
    if (table.find(key) >= 0) return false
    if (table.size >= table.capacity) table.remove(table.oldest)
    table.add(key, now)
    return true
  }

  get size(): number {
    return this.counted.size
  }

  /** The combined hashes held, oldest first (hex; for audits and tests). */
  held(): string[] {
    return this.counted.held()
  }

  private pathHash(path: string): Fingerprint {
    let hash = this.paths.get(path)
    if (hash) return hash
    const digest = crypto.createHash('sha256').update(path).digest()
    hash = new Int32Array(4)
    for (let w = 0; w < 4; w++) hash[w] = digest.readInt32BE(w * 4)
    if (this.paths.size >= MAX_PATHS) this.paths.clear()
    this.paths.set(path, hash)
    return hash
  }
}
