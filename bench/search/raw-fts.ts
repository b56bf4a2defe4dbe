import { createClient } from '@libsql/client'

import type { SearchDocument } from '@/search/types'

/**
 * The floor: a plain FTS5 table with SQLite's own diacritic removal and no analyzer, no
 * ranking weights and SQLite's snippet(). What a minimal hand-written search would do.
 */
export async function rawFts(file: string) {
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute(
    "CREATE VIRTUAL TABLE raw USING fts5(title, sapo, body, tokenize='unicode61 remove_diacritics 2')",
  )
  return {
    async insert(docs: SearchDocument[]) {
      await client.batch(
        docs.map((d) => ({
          sql: 'INSERT INTO raw(title, sapo, body) VALUES (?, ?, ?)',
          args: [d.title, d.sapo, d.body],
        })),
        'write',
      )
    },
    async search(q: string) {
      const words = q
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => `"${w.replace(/"/g, '""')}"`)
      return client.execute({
        sql: `SELECT rowid, title, snippet(raw, 2, '<mark>', '</mark>', '…', 16) AS s
              FROM raw WHERE raw MATCH ? ORDER BY rank LIMIT 10`,
        args: [words.join(' ')],
      })
    },
    close: () => client.close(),
  }
}
