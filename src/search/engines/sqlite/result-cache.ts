// Small LRU for query results. Common queries ("đảng ủy", "tỉnh") match a large share of the
// archive and cost the most to rank and count, and they are exactly the ones readers repeat.
// Entries carry the index version they were computed at, so any write makes them miss.

export class ResultCache<T> {
  private readonly entries = new Map<string, { version: string; value: T }>()

  constructor(private readonly maxEntries = 200) {}

  get(key: string, version: string): T | undefined {
    const hit = this.entries.get(key)
    if (!hit) return undefined
    this.entries.delete(key)
    if (hit.version !== version) return undefined
    // Re-inserting keeps Map order = recency order.
    this.entries.set(key, hit)
    return hit.value
  }

  set(key: string, version: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, { version, value })
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next()
      if (!oldest.done) this.entries.delete(oldest.value)
    }
  }

  clear(): void {
    this.entries.clear()
  }
}
