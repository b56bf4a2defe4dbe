/**
 * The readership sets ("Đang truy cập", the once-per-visit rule) as flat typed arrays instead of
 * Maps of hash strings. Under a flood of new visitors each view used to leave a hash string, a
 * queue object and boxed timestamps that lived for minutes: promoted to V8's old generation, they
 * made the whole server heap's major collections more frequent. Here an entry is four 32-bit
 * words of a salted hash (visitor-hash.ts) and a time in arrays allocated once, sized to the
 * bound: counting a view allocates nothing that outlives the request.
 *
 * Entries are kept in a list from least to most recently stamped (`touch` moves one to the end),
 * so expired and surplus entries leave from the front in O(1). The lookup index is open addressing
 * with linear probing and backward-shift deletion (no tombstones to walk over). The hash words
 * are uniformly random, so the first one places an entry directly.
 */
export type Fingerprint = Int32Array

export class FingerprintTable {
  private readonly keys: Int32Array
  private readonly times: Float64Array
  private readonly prev: Int32Array
  private readonly next: Int32Array
  /** Entry + 1 per slot; 0 is an empty slot. */
  private readonly index: Int32Array
  private readonly mask: number
  /** Unused entries, as a stack. */
  private readonly free: Int32Array
  private freeTop: number
  private head = -1
  private tail = -1
  size = 0

  constructor(readonly capacity: number) {
    // An empty table could not make room: evicting `oldest` (-1) would corrupt the list.
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`FingerprintTable capacity must be a positive integer, not ${capacity}`)
    let slots = 8
    while (slots < capacity * 2) slots *= 2
    this.index = new Int32Array(slots)
    this.mask = slots - 1
    this.keys = new Int32Array(capacity * 4)
    this.times = new Float64Array(capacity)
    this.prev = new Int32Array(capacity)
    this.next = new Int32Array(capacity)
    this.free = new Int32Array(capacity)
    this.freeTop = capacity
    for (let i = 0; i < capacity; i++) this.free[i] = capacity - 1 - i
  }

  /** The entry holding `key`, or -1. */
  find(key: Fingerprint): number {
    const { index, keys, mask } = this
    const k0 = key[0]!
    for (let slot = k0 & mask; ; slot = (slot + 1) & mask) {
      const entry = index[slot]! - 1
      if (entry < 0) return -1
      const at = entry * 4
      if (keys[at] === k0 && keys[at + 1] === key[1] && keys[at + 2] === key[2]) {
        if (keys[at + 3] === key[3]) return entry
      }
    }
  }

  /** Adds `key` (not held; the table not full) stamped `time`, as the most recent entry. */
  add(key: Fingerprint, time: number): void {
    if (this.freeTop === 0) throw new Error('FingerprintTable is full')
    const entry = this.free[--this.freeTop]!
    const at = entry * 4
    this.keys[at] = key[0]!
    this.keys[at + 1] = key[1]!
    this.keys[at + 2] = key[2]!
    this.keys[at + 3] = key[3]!
    this.times[entry] = time
    this.append(entry)
    let slot = key[0]! & this.mask
    while (this.index[slot] !== 0) slot = (slot + 1) & this.mask
    this.index[slot] = entry + 1
    this.size++
  }

  /** Stamps `entry` with `time` and makes it the most recent. */
  touch(entry: number, time: number): void {
    this.times[entry] = time
    if (entry === this.tail) return
    this.unlink(entry)
    this.append(entry)
  }

  time(entry: number): number {
    return this.times[entry]!
  }

  /** The least recently stamped entry, or -1 when empty. */
  get oldest(): number {
    return this.head
  }

  /** Forgets `entry`. */
  remove(entry: number): void {
    const { index, keys, mask } = this
    let slot = keys[entry * 4]! & mask
    while (index[slot] !== entry + 1) slot = (slot + 1) & mask
    index[slot] = 0
    // Backward shift: entries probed past the emptied slot move back so lookups still find them.
    for (let next = (slot + 1) & mask; index[next] !== 0; next = (next + 1) & mask) {
      const home = keys[(index[next]! - 1) * 4]! & mask
      const stays = slot <= next ? home > slot && home <= next : home > slot || home <= next
      if (stays) continue
      index[slot] = index[next]!
      index[next] = 0
      slot = next
    }
    this.unlink(entry)
    this.free[this.freeTop++] = entry
    this.size--
  }

  clear(): void {
    if (!this.size) return
    this.index.fill(0)
    this.keys.fill(0)
    this.freeTop = this.capacity
    for (let i = 0; i < this.capacity; i++) this.free[i] = this.capacity - 1 - i
    this.head = this.tail = -1
    this.size = 0
  }

  /** What is held, oldest first, as hex (for audits and tests: hashes, never addresses). */
  held(): string[] {
    const out: string[] = []
    for (let e = this.head; e >= 0; e = this.next[e]!) {
      const words = Array.from(this.keys.subarray(e * 4, e * 4 + 4), (w) =>
        (w >>> 0).toString(16).padStart(8, '0'),
      )
      out.push(words.join(''))
    }
    return out
  }

  private append(entry: number): void {
    this.prev[entry] = this.tail
    this.next[entry] = -1
    if (this.tail >= 0) this.next[this.tail] = entry
    else this.head = entry
    this.tail = entry
  }

  private unlink(entry: number): void {
    const before = this.prev[entry]!
    const after = this.next[entry]!
    if (before >= 0) this.next[before] = after
    else this.head = after
    if (after >= 0) this.prev[after] = before
    else this.tail = before
  }
}
