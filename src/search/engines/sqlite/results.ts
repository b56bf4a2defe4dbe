// Maps SQLite rows to the engine-neutral result shapes.
import type { Row } from '@libsql/client'

import { emptyFacets } from '@/search/query/flow'
import { highlightAll, type HighlightTerms, makeSnippet } from '@/search/query/highlight'
import { SEARCH_KINDS, type SearchFacets, type SearchHit, type SearchKind } from '@/search/types'

import type { RankRow } from './exact'

export function textColumn(row: Row, key: string): string {
  const v = row[key]
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v)
}

export function numberColumn(row: Row, key: string): number {
  const v = row[key]
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v ?? 0)
}

/**
 * Many rows as one value: libsql hands each row to JavaScript at about 2 µs, a single string
 * almost for free. The separators never occur in analysed token streams, kinds, keys or numbers.
 */
export function concatSql(columns: string[]): string {
  return `group_concat(${columns.join(' || char(31) || ')}, char(30))`
}

/** The fields of each row of a concatSql value. */
export function splitRows(value: string): string[][] {
  return value
    .split('\u001e')
    .filter(Boolean)
    .map((line) => line.split('\u001f'))
}

/** Columns of a hit row read back by hitRow: rid, date, kind, year (attrs table `a`). */
export const HIT_COLUMNS = ['a.rid', 'a.published_at', 'a.kind', 'a.year']

export function hitRow([rid, published, kind, year]: string[], score = 0): RankRow {
  return {
    t: 'hit',
    rid: Number(rid),
    score,
    published_at: Number(published),
    kind: kind ?? '',
    year: Number(year),
    cats: '',
    n: 0,
  }
}

export function toRankRow(row: Row): RankRow {
  return {
    t: textColumn(row, 't') === 'hit' ? 'hit' : 'facet',
    rid: numberColumn(row, 'rid'),
    score: numberColumn(row, 'score'),
    published_at: numberColumn(row, 'published_at'),
    kind: textColumn(row, 'kind'),
    year: numberColumn(row, 'year'),
    cats: textColumn(row, 'cats'),
    n: numberColumn(row, 'n'),
  }
}

const add = (rec: Record<string, number>, key: string, n: number): void => {
  rec[key] = (rec[key] ?? 0) + n
}

/** Folds (kind, year, category list) groups into the three facets and the total. */
export function toFacets(rows: RankRow[]): { total: number; facets: SearchFacets } {
  const facets = emptyFacets()
  let total = 0
  for (const r of rows) {
    total += r.n
    add(facets.kind, r.kind, r.n)
    add(facets.year, String(r.year), r.n)
    for (const c of r.cats.split('|')) if (c) add(facets.category, c, r.n)
  }
  return { total, facets }
}

function asKind(v: string): SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(v) ? (v as SearchKind) : 'news'
}

export function toHit(rank: RankRow, row: Row, terms: HighlightTerms): SearchHit {
  const title = textColumn(row, 'title')
  const sapo = textColumn(row, 'sapo')
  return {
    id: textColumn(row, 'id'),
    slug: textColumn(row, 'slug'),
    url: textColumn(row, 'url'),
    title,
    kind: asKind(rank.kind),
    publishedAt: textColumn(row, 'published_iso'),
    snippet:
      terms.size > 0
        ? makeSnippet([sapo, textColumn(row, 'body'), textColumn(row, 'extra')], terms)
        : makeSnippet([sapo || textColumn(row, 'body')], terms),
    titleHighlighted: highlightAll(title, terms),
  }
}
