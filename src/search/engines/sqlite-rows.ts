// Turns a SearchDocument into the statements that (re)write it in one table set.
import type { InStatement } from '@libsql/client'
import { analyzeForIndex } from '../vietnamese/analyze'
import type { SearchDocument } from '../types'
import type { IndexedText } from '../vietnamese/types'
import { authorKey, extraText, keyList } from './document-text'
import { vnYear } from './query-params'
import { leadTables, type TableSet } from './sqlite-schema'

function publishedTs(iso: string): number {
  const ts = Date.parse(iso)
  return Number.isNaN(ts) ? 0 : ts
}

const ridOf = (t: TableSet): string => `(SELECT rid FROM ${t.docs} WHERE id = ?)`

export function deleteStatements(t: TableSet, id: string): InStatement[] {
  return [
    { sql: `DELETE FROM ${t.fts} WHERE rowid = ${ridOf(t)}`, args: [id] },
    { sql: `DELETE FROM ${t.terms} WHERE rowid = ${ridOf(t)}`, args: [id] },
    { sql: `DELETE FROM ${t.lead} WHERE rowid = ${ridOf(t)}`, args: [id] },
    { sql: `DELETE FROM ${t.sapo} WHERE rowid = ${ridOf(t)}`, args: [id] },
    { sql: `DELETE FROM ${t.attrs} WHERE rid = ${ridOf(t)}`, args: [id] },
    { sql: `DELETE FROM ${t.docs} WHERE id = ?`, args: [id] },
  ]
}

/**
 * Plain inserts: callers delete any previous version first (or write into empty tables). The
 * attrs and FTS rows take the docs row's rid through last_insert_rowid(), which the attrs
 * insert leaves unchanged because its rowid is that same rid.
 */
export function insertStatements(t: TableSet, doc: SearchDocument): InStatement[] {
  const ts = publishedTs(doc.publishedAt)
  const extra = extraText(doc)
  const title = analyzeForIndex(doc.title)
  const sapo = analyzeForIndex(doc.sapo)
  const streams = [title, sapo, analyzeForIndex(doc.body), analyzeForIndex(extra)]
  return [
    {
      sql: `INSERT INTO ${t.docs} (id, slug, url, published_iso, tags, authors, categories,
          title, sapo, extra, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        doc.id,
        doc.slug,
        doc.url,
        doc.publishedAt,
        JSON.stringify(doc.tags),
        JSON.stringify(doc.authors),
        JSON.stringify(doc.categories),
        doc.title,
        doc.sapo,
        extra,
        doc.body,
      ],
    },
    {
      sql: `INSERT INTO ${t.attrs} (rid, kind, published_at, year, categories_key, authors_key)
        VALUES (last_insert_rowid(), ?, ?, ?, ?, ?)`,
      args: [
        doc.kind,
        ts,
        vnYear(ts),
        keyList(doc.categories),
        keyList(doc.authors.map(authorKey)),
      ],
    },
    {
      sql: `INSERT INTO ${t.fts} (rowid, title_x, sapo_x, body_x, extra_x,
          title_f, sapo_f, body_f, extra_f) VALUES (last_insert_rowid(), ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [...streams.map((s) => s.exact), ...streams.map((s) => s.folded)],
    },
    ...leadStatements(t, title, sapo),
    {
      sql: `INSERT INTO ${t.terms} (rowid, words) VALUES (last_insert_rowid(), ?)`,
      args: [`${title.exact} ${sapo.exact}`],
    },
  ]
}

/** Rows of the tables derived from the title and sapo alone (see leadTables). */
function leadStatements(t: TableSet, title: IndexedText, sapo: IndexedText): InStatement[] {
  return leadTables(t).map((l) => ({
    sql: `INSERT INTO ${l.name} (rowid, ${l.columns.join(', ')})
      VALUES (last_insert_rowid(), ${l.columns.map(() => '?').join(', ')})`,
    args: l.values(title, sapo),
  }))
}

export function upsertStatements(t: TableSet, doc: SearchDocument): InStatement[] {
  return [...deleteStatements(t, doc.id), ...insertStatements(t, doc)]
}
