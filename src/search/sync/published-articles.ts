/**
 * One page of the published articles' ids and update times, in id order after `after`: what
 * search reconciliation compares with the index. Through the database adapter
 * (db/read-stored.ts) every row still walks the adapter's transform of the whole article schema,
 * 0.6–0.8 s of CPU per walk of 10,000 articles on the server's thread, so each reconciliation
 * held requests for up to 0.8 s at a time in the load run. On SQLite the same two columns come
 * straight from the table Payload writes (its main table holds each article's live state, as the
 * adapter reads it). MongoDB keeps the adapter.
 *
 * The page's ids are chosen in a subquery that reads only an index by id that also holds the
 * status (`articles_public_by_id_idx`, migration 20261130_040000_load): it starts at `after`,
 * skips drafts inside the index and stops at `limit` published ids; the outer query then reads
 * those rows' update times by primary key. The status term is written `+_status` so that SQLite
 * cannot answer it through the status index instead: with that index it read and sorted every
 * published row for every page (a walk quadratic in the archive: 7 s of CPU at 10^5 rows).
 * Walking the primary key alone read every draft's table row, past its body's overflow pages,
 * to find its status (1.4x the old walk at 10^5 articles of which 90 % drafts). Same rows and
 * order either way (BENCHMARKS.md, "Search reconciliation's page of published articles"); no
 * new index: a covering one took the category lists' plan (test/int/site/card-lists.test.ts).
 */
import type { Payload, Where } from 'payload'

import { readStored } from '@/db/read-stored'
import { sqliteClient, usesMongo } from '@/db/sqlite-client'
import type { IndexedEntry } from '@/search/types'

const published: Where = { _status: { equals: 'published' } }

/** At least one row a page: a limit of 0 means "no limit" to the adapter and to a walk that pages on. */
const pageLimit = (limit: number): number => Math.max(1, Math.floor(limit))

export function publishedArticlePage(
  payload: Payload,
  after: string | null,
  limit: number,
): Promise<IndexedEntry[]> {
  return usesMongo(payload)
    ? publishedThroughAdapter(payload, after, limit)
    : publishedThroughSql(payload, after, limit)
}

/** The adapter's read, for MongoDB (and to compare the SQL with, in the tests). */
export async function publishedThroughAdapter(
  payload: Payload,
  after: string | null,
  limit: number,
): Promise<IndexedEntry[]> {
  const docs = await readStored<IndexedEntry>(payload, 'articles', {
    where: after === null ? published : { and: [published, { id: { greater_than: after } }] },
    sort: 'id',
    select: { updatedAt: true },
    limit: pageLimit(limit),
  })
  return docs.map((doc) => ({ id: doc.id, updatedAt: doc.updatedAt ?? null }))
}

/** The page's statement, as sent (its plan is checked in the tests). */
export function publishedPageStatement(
  after: string | null,
  limit: number,
): { sql: string; args: [string, number] } {
  return {
    sql: `SELECT id, updated_at FROM articles WHERE id IN (SELECT id FROM articles WHERE +_status = 'published' AND id > ? ORDER BY id LIMIT ?) ORDER BY id`,
    args: [after ?? '', pageLimit(limit)],
  }
}

export async function publishedThroughSql(
  payload: Payload,
  after: string | null,
  limit: number,
): Promise<IndexedEntry[]> {
  const res = await sqliteClient(payload).execute(publishedPageStatement(after, limit))
  return res.rows.map((row) => ({
    id: String(row['id']),
    updatedAt: row['updated_at'] === null ? null : String(row['updated_at']),
  }))
}
