// Estimated document frequencies of query words, kept between searches. They only weigh words
// against each other and decide whether bm25 is affordable, so an estimate may lag a few
// writes behind: it is reused until the index has grown or shrunk by more than 1 %, or the
// index is rebuilt. Common words recur in most queries, so this saves most of the sampling.

const MAX_ENTRIES = 5000
const DRIFT = 0.01

export class TermStats {
  private readonly entries = new Map<string, { df: number; docs: number }>()

  /** The cached estimate for `term`, if it was made on an index of about `docs` documents. */
  get(term: string, docs: number): number | undefined {
    const hit = this.entries.get(term)
    if (!hit || Math.abs(hit.docs - docs) > hit.docs * DRIFT) return undefined
    return hit.df
  }

  set(term: string, docs: number, df: number): void {
    this.entries.delete(term)
    this.entries.set(term, { df, docs })
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next()
      if (!oldest.done) this.entries.delete(oldest.value)
    }
  }

  clear(): void {
    this.entries.clear()
  }
}
