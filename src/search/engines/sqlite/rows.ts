// Turns a SearchDocument into the statements that (re)write it in one table set.
import type { InStatement, InValue } from '@libsql/client'

import { vietnamYear } from '@/lib/vietnam-time'
import { authorKey, extraText, keyList, nameKeysText } from '@/search/engines/document-text'
import type { SearchDocument } from '@/search/types'
import { analyzeForIndex } from '@/search/vietnamese/analyze'
import type { IndexedText } from '@/search/vietnamese/types'

import { derivedTables, type TableSet } from './schema'

function publishedTs(iso: string): number {
  const ts = Date.parse(iso)
  return Number.isNaN(ts) ? 0 : ts
}

/** Whole-name keys join the extra streams as single tokens. */
function withNameKeys(extra: IndexedText, keys: string): IndexedText {
  if (!keys) return extra
  return { exact: `${extra.exact} ${keys}`.trim(), folded: `${extra.folded} ${keys}`.trim() }
}

const ridOf = (t: TableSet): string => `(SELECT rid FROM ${t.docs} WHERE id = ?)`

/** Removes a document's rows from every table but docs (where its rid lives). */
function derivedDeletes(t: TableSet, id: string): InStatement[] {
  return [
    ...[t.fts, t.lead, t.sapo].map((table) => ({
      sql: `DELETE FROM ${table} WHERE rowid = ${ridOf(t)}`,
      args: [id],
    })),
    { sql: `DELETE FROM ${t.attrs} WHERE rid = ${ridOf(t)}`, args: [id] },
  ]
}

export function deleteStatements(tables: TableSet, id: string): InStatement[] {
  return [
    ...derivedDeletes(tables, id),
    { sql: `DELETE FROM ${tables.docs} WHERE id = ?`, args: [id] },
  ]
}

const DOC_COLUMNS =
  'id, slug, url, published_iso, tags, authors, categories, title, sapo, extra, body, updated_iso'

/** Where the rows after the docs row take their rid from: an SQL expression and its arguments. */
interface RidSource {
  sql: string
  args: InValue[]
}

/**
 * The token streams of a document's four indexed fields (the extra streams end with its
 * whole-name keys): the costly part of writing it, which a rebuild does in a worker thread
 * (row-builder.ts) and hands back in this form, the smallest to copy between threads.
 */
export interface AnalyzedDocument {
  title: IndexedText
  sapo: IndexedText
  body: IndexedText
  extra: IndexedText
}

export function analyzeDocument(doc: SearchDocument): AnalyzedDocument {
  return {
    title: analyzeForIndex(doc.title),
    sapo: analyzeForIndex(doc.sapo),
    body: analyzeForIndex(doc.body),
    extra: withNameKeys(analyzeForIndex(extraText(doc)), nameKeysText(doc)),
  }
}

/** Rows of every table but docs for one document, keyed to `rid`. */
function derivedStatements(
  t: TableSet,
  doc: SearchDocument,
  rid: RidSource,
  analyzed: AnalyzedDocument,
): InStatement[] {
  const ts = publishedTs(doc.publishedAt)
  const { title, sapo, body, extra } = analyzed
  const streams = [title, sapo, body, extra]
  const row = (table: string, columns: readonly string[], values: InValue[]): InStatement => ({
    sql: `INSERT INTO ${table} (rowid, ${columns.join(', ')})
      VALUES (${rid.sql}, ${columns.map(() => '?').join(', ')})`,
    args: [...rid.args, ...values],
  })
  const attrs = ['kind', 'published_at', 'year', 'categories_key', 'authors_key']
  return [
    row(t.attrs, attrs, [
      doc.kind,
      ts,
      vietnamYear(ts),
      keyList(doc.categories),
      keyList(doc.authors.map(authorKey)),
    ]),
    row(
      t.fts,
      ['title_x', 'sapo_x', 'body_x', 'extra_x', 'title_f', 'sapo_f', 'body_f', 'extra_f'],
      [...streams.map((s) => s.exact), ...streams.map((s) => s.folded)],
    ),
    ...derivedTables(t).map((d) => row(d.name, d.columns, d.values(title, sapo))),
  ]
}

function docArgs(doc: SearchDocument): InValue[] {
  return [
    doc.id,
    doc.slug,
    doc.url,
    doc.publishedAt,
    JSON.stringify(doc.tags),
    JSON.stringify(doc.authors),
    JSON.stringify(doc.categories),
    doc.title,
    doc.sapo,
    extraText(doc),
    doc.body,
    doc.updatedAt ?? '',
  ]
}

/**
 * Plain inserts into tables that do not hold the document. The other rows take the docs row's
 * rid through last_insert_rowid(), which the attrs insert leaves unchanged because its rowid is
 * that same rid. `analyzed` is analyzeDocument(doc), when already done elsewhere.
 */
export function insertStatements(
  tables: TableSet,
  doc: SearchDocument,
  analyzed: AnalyzedDocument = analyzeDocument(doc),
): InStatement[] {
  return [
    {
      sql: `INSERT INTO ${tables.docs} (${DOC_COLUMNS}) VALUES (${DOC_COLUMNS.split(',')
        .map(() => '?')
        .join(', ')})`,
      args: docArgs(doc),
    },
    ...derivedStatements(tables, doc, { sql: 'last_insert_rowid()', args: [] }, analyzed),
  ]
}

/**
 * Writes a document that may already be indexed. An update keeps its rid: rowid order is
 * publication order (see newest.ts), which an edit must not change.
 */
export function upsertStatements(tables: TableSet, doc: SearchDocument): InStatement[] {
  const columns = DOC_COLUMNS.split(',').map((c) => c.trim())
  return [
    ...derivedDeletes(tables, doc.id),
    {
      sql: `INSERT INTO ${tables.docs} (${DOC_COLUMNS}) VALUES (${columns.map(() => '?').join(', ')})
        ON CONFLICT(id) DO UPDATE SET ${columns
          .slice(1)
          .map((c) => `${c} = excluded.${c}`)
          .join(', ')}`,
      args: docArgs(doc),
    },
    ...derivedStatements(tables, doc, { sql: ridOf(tables), args: [doc.id] }, analyzeDocument(doc)),
  ]
}
