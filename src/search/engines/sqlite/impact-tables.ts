// Tables of the impact path (impact.ts) and the one write-side hook that keeps them valid.
//
// `termTop` holds, per folded word, the rows with the highest bm25 share g for that word (listed
// on demand by impact-lists.ts, with their single-word score `s`) and any row written since
// that holds the word (`s` NULL). `termFloor` holds per word the list's depth, the single-word
// score of its last listed row, the word's document count and FTS5's averages record (row count
// and token totals) at the time, so the floor can be turned back into g and corrected for the
// average row length moving since (impact-bound.ts driftedFloor).
//
// Why a write only has to add its row: a row not written since the list was built keeps its
// tokens and length, so only the average length moves its g (covered by the drift correction);
// a written row that holds the word joins the list, where it is scored exactly like any listed
// row; a removed row leaves it. So no write ever needs a bm25 computation.
import type { InStatement } from '@libsql/client'

import { extraText, nameKeysText } from '@/search/engines/document-text'
import type { SearchDocument } from '@/search/types'
import { analyzeForIndex } from '@/search/vietnamese/analyze'

import type { TableSet } from './schema'

export function impactTableStatements(t: TableSet): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${t.termTop} (
      term TEXT NOT NULL, rid INTEGER NOT NULL, s REAL, PRIMARY KEY (term, rid)
    ) WITHOUT ROWID`,
    `CREATE TABLE IF NOT EXISTS ${t.termFloor} (
      term TEXT PRIMARY KEY, depth INTEGER NOT NULL, df INTEGER NOT NULL,
      floor_s REAL, averages BLOB
    )`,
  ]
}

const TOKEN = /[\p{L}\p{N}]+/gu

/** Folded tokens of everything the main FTS table indexes for `doc`. */
function foldedTokens(doc: SearchDocument): string[] {
  const texts = [doc.title, doc.sapo, doc.body, extraText(doc)].map(
    (s) => analyzeForIndex(s).folded,
  )
  const words = new Set<string>()
  for (const s of [...texts, nameKeysText(doc)]) {
    for (const w of s.split(/\s+/)) if (w) words.add(w)
    for (const w of s.match(TOKEN) ?? []) words.add(w)
  }
  return [...words]
}

/**
 * Run after a document's rows are written (upsert): the row joins the list of every listed word
 * it holds. One statement whatever the number of lists.
 */
export function impactUpsertStatements(t: TableSet, doc: SearchDocument): InStatement[] {
  return [
    {
      sql: `INSERT OR IGNORE INTO ${t.termTop} (term, rid, s)
        SELECT f.term, d.rid, NULL FROM ${t.termFloor} f
        JOIN (SELECT rid FROM ${t.docs} WHERE id = ?) d
        WHERE f.term IN (SELECT value FROM json_each(?))`,
      args: [doc.id, JSON.stringify(foldedTokens(doc))],
    },
  ]
}

/** Run before a document's rows are deleted: it leaves every list. */
export function impactRemoveStatements(t: TableSet, id: string): InStatement[] {
  return [
    {
      sql: `DELETE FROM ${t.termTop} WHERE rid = (SELECT rid FROM ${t.docs} WHERE id = ?)`,
      args: [id],
    },
  ]
}
