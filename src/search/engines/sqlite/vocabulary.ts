// Words known to the index, for "did you mean". Read from fts5vocab over the exact (as written)
// columns of the small title+sapo index and kept for a while: suggestions tolerate a slightly stale list, while reloading after
// every CMS save would make zero-hit searches slow on a busy site.
import type { Client } from '@libsql/client'

import { numberColumn, textColumn } from './results'
import { LIVE, VOCAB } from './schema'

const TTL_MS = 10 * 60 * 1000
/** Past this size, words seen in a single article are mostly typos themselves. */
const SINGLETONS_UP_TO = 1000

export class VocabularyCache {
  private cached: { words: ReadonlySet<string>; loadedAt: number } | null = null

  async get(client: Client): Promise<ReadonlySet<string>> {
    if (this.cached && Date.now() - this.cached.loadedAt < TTL_MS) return this.cached.words
    const count = await client.execute(`SELECT count(*) AS n FROM ${LIVE.docs}`)
    const total = count.rows[0] ? numberColumn(count.rows[0], 'n') : 0
    const res = await client.execute({
      sql: `SELECT term FROM ${VOCAB} WHERE col IN ('title_x', 'sapo_x') AND length(term) <= 24
        GROUP BY term HAVING sum(doc) >= ?`,
      args: [total > SINGLETONS_UP_TO ? 2 : 1],
    })
    const words = new Set<string>()
    for (const row of res.rows) {
      const term = textColumn(row, 'term')
      // Numbers are never worth suggesting and would crowd out words.
      if (!/\d/.test(term)) words.add(term)
    }
    this.cached = { words, loadedAt: Date.now() }
    return words
  }

  clear(): void {
    this.cached = null
  }
}
