import { createClient } from '@libsql/client'

import type { SearchDocument } from '@/search/types'
import { foldVietnamese } from '@/search/vietnamese/fold'

/**
 * Raw FTS5 baselines that do the same work as each path of the embedded engine, on the same
 * articles: one FTS5 table (title, sapo, body, extra) with SQLite's own diacritic removal, no
 * analyzer, SQLite's snippet(). Text and queries have đ folded to d first (unicode61 leaves đ
 * alone), so both match the same articles without diacritics.
 * - `exact`: bm25 over every match, top 10 with snippets, and the exact count (the engine's
 *   exact path: bm25 with boosts, count and facets in one statement);
 * - `full`: bm25 over every match whatever the engine did (what ranking everything exactly costs).
 */
const D = /[đĐ]/g

const foldD = (s: string): string => s.replace(D, (c) => (c === 'đ' ? 'd' : 'D'))

function extraText(d: SearchDocument): string {
  return [
    ...d.captions,
    ...d.credits,
    ...d.authors,
    d.docNumber ?? '',
    d.issuingBody ?? '',
    d.signer ?? '',
  ].join(' . ')
}

function matchOf(q: string, column?: string): string {
  const words = foldVietnamese(q).match(/[\p{L}\p{N}]+/gu) ?? []
  const quoted = words.map((w) => `"${w}"`).join(' ')
  return column ? `${column} : (${quoted})` : quoted
}

const SNIPPET = `snippet(raw, 2, '<mark>', '</mark>', '…', 16)`

export async function rawBaseline(file: string) {
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('PRAGMA synchronous = NORMAL')
  await client.execute('PRAGMA cache_size = -65536')
  await client.execute('PRAGMA mmap_size = 2147418112')
  await client.execute(
    "CREATE VIRTUAL TABLE raw USING fts5(title, sapo, body, extra, tokenize='unicode61 remove_diacritics 2')",
  )
  const count = async (match: string) =>
    (
      await client.execute({
        sql: 'SELECT count(*) AS n FROM raw WHERE raw MATCH ?',
        args: [match],
      })
    ).rows[0]?.['n']
  const full = async (q: string) =>
    (
      await client.execute({
        sql: `SELECT rowid, ${SNIPPET} AS s FROM raw WHERE raw MATCH ?
          ORDER BY bm25(raw, 10, 4, 1, 0.75) LIMIT 10`,
        args: [matchOf(q)],
      })
    ).rows
  return {
    async insert(docs: SearchDocument[]) {
      await client.batch(
        docs.map((d) => ({
          sql: 'INSERT INTO raw(title, sapo, body, extra) VALUES (?, ?, ?, ?)',
          args: [foldD(d.title), foldD(d.sapo), foldD(d.body), foldD(extraText(d))],
        })),
        'write',
      )
    },
    async optimize() {
      await client.execute("INSERT INTO raw(raw) VALUES ('optimize')")
    },
    full,
    async exact(q: string) {
      const rows = await full(q)
      return { rows, total: await count(matchOf(q)) }
    },
    async bytes() {
      const r = await client.execute(
        'SELECT page_count * page_size AS b FROM pragma_page_count(), pragma_page_size()',
      )
      return Number(r.rows[0]?.['b'] ?? 0)
    },
    close: () => client.close(),
  }
}
