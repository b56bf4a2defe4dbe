// Schema of the embedded engine. A table set is named by a suffix so `rebuild` can fill a second
// set ('_next') beside the live one and swap them by renaming inside one transaction.
import type { IndexedText } from '../vietnamese/types'
import { EXACT_COLUMNS, FOLDED_COLUMNS, LEAD_FTS_COLUMNS, SAPO_FTS_COLUMNS } from './fts-columns'

export interface TableSet {
  /** Original text, read only for the returned page. */
  docs: string
  /** Narrow filter/sort/facet columns, scanned for every match, so kept free of long text. */
  attrs: string
  fts: string
  /** Title and sapo words only: a small index whose vocabulary is cheap to read for suggestions. */
  terms: string
  /** Title token streams only: ranks huge result sets cheaply (see sqlite-tiers.ts). */
  lead: string
  /** Title and sapo token streams: the second tier for huge result sets. */
  sapo: string
}

export const LIVE: TableSet = {
  docs: 'search_docs',
  attrs: 'search_attrs',
  fts: 'search_fts',
  terms: 'search_terms',
  lead: 'search_lead',
  sapo: 'search_sapo',
}
export const NEXT: TableSet = {
  docs: 'search_docs_next',
  attrs: 'search_attrs_next',
  fts: 'search_fts_next',
  terms: 'search_terms_next',
  lead: 'search_lead_next',
  sapo: 'search_sapo_next',
}
export const VOCAB = 'search_vocab'
export const META = 'search_meta'

/**
 * bm25 weights in FTS column order. Title > sapo > body > extra; exact-spelling columns weigh 4x
 * their folded twins, and since an exact hit also matches the folded column it scores twice.
 */
export const BM25_WEIGHTS = [40, 16, 4, 3, 10, 4, 1, 0.75] as const
/** The same weights for the lead table's columns (LEAD_FTS_COLUMNS order). */
export const LEAD_BM25_WEIGHTS = [40, 10] as const
/** The same weights for the sapo table's columns (SAPO_FTS_COLUMNS order). */
export const SAPO_BM25_WEIGHTS = [40, 16, 10, 4] as const

export interface LeadTable {
  name: string
  columns: readonly string[]
  /** Column values, in `columns` order, from the analysed title and sapo. */
  values: (title: IndexedText, sapo: IndexedText) => string[]
}

/** FTS5 tables derived from the title and sapo alone, which sqlite-migrate.ts can refill. */
export function leadTables(t: TableSet): LeadTable[] {
  return [
    { name: t.lead, columns: LEAD_FTS_COLUMNS, values: (ti) => [ti.exact, ti.folded] },
    {
      name: t.sapo,
      columns: SAPO_FTS_COLUMNS,
      values: (ti, sa) => [ti.exact, sa.exact, ti.folded, sa.folded],
    },
  ]
}

export function createFtsStatement(name: string, columns: readonly string[]): string {
  return `CREATE VIRTUAL TABLE IF NOT EXISTS ${name} USING fts5(
      ${columns.join(', ')},
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`
}

export function createStatements(t: TableSet): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${t.docs} (
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
      body TEXT NOT NULL
    )`,
    // Keys are '|a|b|' lists: a filter is one instr() and facets group on the whole list.
    `CREATE TABLE IF NOT EXISTS ${t.attrs} (
      rid INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      published_at INTEGER NOT NULL,
      year INTEGER NOT NULL,
      categories_key TEXT NOT NULL,
      authors_key TEXT NOT NULL
    )`,
    // Contentless: the original text lives in the docs table, the FTS index only needs tokens.
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${t.fts} USING fts5(
      ${[...EXACT_COLUMNS, ...FOLDED_COLUMNS].join(', ')},
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`,
    ...leadTables(t).map((l) => createFtsStatement(l.name, l.columns)),
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${t.terms} USING fts5(
      words, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`,
  ]
}

/** Indexes are created after a swap because SQLite cannot rename an index. */
export function indexStatements(t: TableSet): string[] {
  return [
    `CREATE INDEX IF NOT EXISTS ${t.attrs}_published ON ${t.attrs}(published_at)`,
    `CREATE INDEX IF NOT EXISTS ${t.attrs}_kind ON ${t.attrs}(kind, published_at)`,
  ]
}

export function sharedStatements(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCAB} USING fts5vocab(${LIVE.terms}, 'row')`,
  ]
}

export function dropStatements(t: TableSet): string[] {
  return [
    `DROP TABLE IF EXISTS ${t.fts}`,
    `DROP TABLE IF EXISTS ${t.terms}`,
    `DROP TABLE IF EXISTS ${t.lead}`,
    `DROP TABLE IF EXISTS ${t.sapo}`,
    `DROP TABLE IF EXISTS ${t.attrs}`,
    `DROP TABLE IF EXISTS ${t.docs}`,
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
    `ALTER TABLE ${NEXT.terms} RENAME TO ${LIVE.terms}`,
    `ALTER TABLE ${NEXT.lead} RENAME TO ${LIVE.lead}`,
    `ALTER TABLE ${NEXT.sapo} RENAME TO ${LIVE.sapo}`,
    ...indexStatements(LIVE),
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCAB} USING fts5vocab(${LIVE.terms}, 'row')`,
  ]
}
