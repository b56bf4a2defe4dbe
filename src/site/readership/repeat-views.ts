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
 * counter.ts); the path's hash, salted with the same daily salt, is remembered per path for the
 * day, and the two are combined by XOR. The path's hash is salted though paths are public: with
 * a plain SHA-256 of the path, two keys of one reader XOR to a number anyone can compute from the
 * two paths, so a dump of the set would group each reader's pages together, and a reader could aim
 * their own keys at chosen index slots. Pairs of one reader differ where their paths' salted hashes
 * do; pairs of two readers where their addresses' do, which no one can aim at without the salt.
 * The set lives in typed arrays (fingerprint-table.ts): nothing per view outlives the request.
 */
import { type Fingerprint, FingerprintTable } from './fingerprint-table'
import { DailySalt, readerBucket } from './visitor-hash'

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

export class RepeatViews {
  /** Combined hash of reader and path → when its view was counted (typed arrays, bounded). */
  private counted: FingerprintTable
  private generation: number
  /** Decoded path → its salted hash's four words; cleared when full or the salt changes. */
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
      // The paths' hashes were made with the old salt too.
      this.paths.clear()
      this.generation = this.salt.generation
    }
    // Expired visits leave from the front (oldest first).
    for (let e = table.oldest; e >= 0 && !(now - table.time(e) < this.windowMs); e = table.oldest)
      table.remove(e)
    // The path as decoded: `/bai-viet/%73lug` is `/bai-viet/slug` (the same article, counted
    // under the same decoded key by page-kind.ts), or one address could count a page again for
    // every spelling of it.
    const page = this.pathHash(decoded(path))
    const key = this.key
    for (let w = 0; w < 4; w++) key[w] = reader[w]! ^ page[w]!
    const found = table.find(key)
    if (found >= 0) {
      // Expiry from the front assumes stamps in time order; after the clock stepped back, an
      // expired visit can sit behind a later-stamped one, so its own time decides.
      if (now - table.time(found) < this.windowMs) return false
      table.remove(found)
    }
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
    // A newline ends the salt's domain: no address (hashed as the bare text) holds one.
    hash = this.salt.fingerprint(`\n${path}`, new Int32Array(4))
    if (this.paths.size >= MAX_PATHS) this.paths.clear()
    this.paths.set(path, hash)
    return hash
  }
}
