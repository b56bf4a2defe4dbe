// Schema of the embedded engine. A table set is named by a suffix so `rebuild` can fill a second
// set ('_next') beside the live one and swap them by renaming inside one transaction.
import type { IndexedText } from '@/search/vietnamese/types'

import { EXACT_COLUMNS, FOLDED_COLUMNS, LEAD_FTS_COLUMNS, SAPO_FTS_COLUMNS } from './columns'
import { impactTableStatements } from './impact-tables'

export interface TableSet {
  /** Original text, read only for the returned page. */
  docs: string
  /** Narrow filter/sort/facet columns, scanned for every match, so kept free of long text. */
  attrs: string
  fts: string
  /** Title token streams only: exact title matches (the `top` rule, exact.ts and impact.ts). */
  lead: string
  /** Title and sapo token streams; the vocabulary of its exact columns feeds suggestions. */
  sapo: string
  /** Per folded word, the rows with its highest bm25 share (impact.ts), filled on demand. */
  termTop: string
  /** Per listed word: its list's floor and the index statistics it was built with. */
  termFloor: string
}

export const LIVE: TableSet = {
  docs: 'search_docs',
  attrs: 'search_attrs',
  fts: 'search_fts',
  lead: 'search_lead',
  sapo: 'search_sapo',
  termTop: 'search_term_top',
  termFloor: 'search_term_floor',
}
export const NEXT: TableSet = {
  docs: 'search_docs_next',
  attrs: 'search_attrs_next',
  fts: 'search_fts_next',
  lead: 'search_lead_next',
  sapo: 'search_sapo_next',
  termTop: 'search_term_top_next',
  termFloor: 'search_term_floor_next',
}
/** Per-column vocabulary of the sapo table: words as written (exact columns) for suggestions. */
export const VOCAB = 'search_vocab_col'
export const META = 'search_meta'

/**
 * bm25 weights in FTS column order. Title > sapo > body > extra; exact-spelling columns weigh 4x
 * their folded twins, and since an exact hit also matches the folded column it scores twice.
 */
export const BM25_WEIGHTS = [40, 16, 4, 3, 10, 4, 1, 0.75] as const

/** A table derived from the analysed title and sapo, which migrate.ts refills. */
export interface DerivedTable {
  name: string
  columns: readonly string[]
  create: string
  /** Column values, in `columns` order. */
  values: (title: IndexedText, sapo: IndexedText) => string[]
}

/** The smaller FTS5 tables, derived from the analysed title and sapo. */
export function derivedTables(tables: TableSet): DerivedTable[] {
  return [
    {
      name: tables.lead,
      columns: LEAD_FTS_COLUMNS,
      create: createFtsStatement(tables.lead, LEAD_FTS_COLUMNS),
      values: (ti) => [ti.exact, ti.folded],
    },
    {
      name: tables.sapo,
      columns: SAPO_FTS_COLUMNS,
      create: createFtsStatement(tables.sapo, SAPO_FTS_COLUMNS),
      values: (ti, sa) => [ti.exact, sa.exact, ti.folded, sa.folded],
    },
  ]
}

function createFtsStatement(name: string, columns: readonly string[]): string {
  return `CREATE VIRTUAL TABLE IF NOT EXISTS ${name} USING fts5(
      ${columns.join(', ')},
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`
}

export function createStatements(tables: TableSet): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${tables.docs} (
      rid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      slug TEXT NOT NULL,
      url TEXT NOT NULL,
      published_iso TEXT NOT NULL,
      tags TEXT NOT NULL,
      authors TEXT NOT NULL,
      categories TEXT NOT NULL,
      title TEXT NOT NULL,
      sapo TEXT NOT NULL,
      extra TEXT NOT NULL,
      body TEXT NOT NULL,
      updated_iso TEXT NOT NULL DEFAULT ''
    )`,
    // Keys are '|a|b|' lists: a filter is one instr() and facets group on the whole list.
    `CREATE TABLE IF NOT EXISTS ${tables.attrs} (
      rid INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      published_at INTEGER NOT NULL,
      year INTEGER NOT NULL,
      categories_key TEXT NOT NULL,
      authors_key TEXT NOT NULL
    )`,
    // Contentless: the original text lives in the docs table, the FTS index only needs tokens.
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${tables.fts} USING fts5(
      ${[...EXACT_COLUMNS, ...FOLDED_COLUMNS].join(', ')},
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`,
    ...derivedTables(tables).map((d) => d.create),
    ...impactTableStatements(tables),
  ]
}

/** Indexes are created after a swap because SQLite cannot rename an index. */
export function indexStatements(tables: TableSet): string[] {
  return [
    `CREATE INDEX IF NOT EXISTS ${tables.attrs}_published ON ${tables.attrs}(published_at)`,
    `CREATE INDEX IF NOT EXISTS ${tables.attrs}_kind ON ${tables.attrs}(kind, published_at)`,
    `CREATE INDEX IF NOT EXISTS ${tables.termTop}_rid ON ${tables.termTop}(rid)`,
  ]
}

const vocabStatement = `CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCAB} USING fts5vocab(${LIVE.sapo}, 'col')`

export function sharedStatements(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    vocabStatement,
  ]
}

export function dropStatements(tables: TableSet): string[] {
  return [
    `DROP TABLE IF EXISTS ${tables.fts}`,
    `DROP TABLE IF EXISTS ${tables.lead}`,
    `DROP TABLE IF EXISTS ${tables.sapo}`,
    `DROP TABLE IF EXISTS ${tables.attrs}`,
    `DROP TABLE IF EXISTS ${tables.docs}`,
    `DROP TABLE IF EXISTS ${tables.termTop}`,
    `DROP TABLE IF EXISTS ${tables.termFloor}`,
  ]
}

/** Replaces LIVE by NEXT; run inside one write transaction. */
export function swapStatements(): string[] {
  return [
    `DROP TABLE IF EXISTS ${VOCAB}`,
    ...dropStatements(LIVE),
    `ALTER TABLE ${NEXT.docs} RENAME TO ${LIVE.docs}`,
    `ALTER TABLE ${NEXT.attrs} RENAME TO ${LIVE.attrs}`,
    `ALTER TABLE ${NEXT.fts} RENAME TO ${LIVE.fts}`,
    `ALTER TABLE ${NEXT.lead} RENAME TO ${LIVE.lead}`,
    `ALTER TABLE ${NEXT.sapo} RENAME TO ${LIVE.sapo}`,
    `ALTER TABLE ${NEXT.termTop} RENAME TO ${LIVE.termTop}`,
    `ALTER TABLE ${NEXT.termFloor} RENAME TO ${LIVE.termFloor}`,
    ...indexStatements(LIVE),
    vocabStatement,
  ]
}
