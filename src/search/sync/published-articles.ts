/**
 * One page of the published articles' ids and update times, in id order after `after`: what
 * search reconciliation compares with the index. Through the database adapter
 * (db/read-stored.ts) every row still walks the adapter's transform of the whole article schema,
 * 0.6–0.8 s of CPU per walk of 10,000 articles on the server's thread, so each reconciliation
 * held requests for up to 0.8 s at a time in the load run. On SQLite the same two columns come
 * straight from the table Payload writes (its main table holds each article's live state, as the
 * adapter reads it). MongoDB keeps the adapter. Each page still reads the published rows through
 * the `_status` index and sorts them by id (the adapter's query did the same): a covering index
 * (`_status`, `id`, `updated_at`) made a page a seek (BENCHMARKS.md, "Search reconciliation's page
 * of published articles"), but the category lists' plan then took it instead of their own
 * covering index (test/int/site/card-lists.test.ts), so it is not in place yet.
 */
import type { Payload, Where } from 'payload'

import { readStored } from '@/db/read-stored'
import { sqliteClient, usesMongo } from '@/db/sqlite-client'
import type { IndexedEntry } from '@/search/types'

const published: Where = { _status: { equals: 'published' } }

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
    limit,
  })
  return docs.map((doc) => ({ id: doc.id, updatedAt: doc.updatedAt ?? null }))
}

export async function publishedThroughSql(
  payload: Payload,
  after: string | null,
  limit: number,
): Promise<IndexedEntry[]> {
  const res = await sqliteClient(payload).execute({
    sql: `SELECT id, updated_at FROM articles WHERE _status = 'published' AND id > ? ORDER BY id LIMIT ?`,
    args: [after ?? '', limit],
  })
  return res.rows.map((row) => ({
    id: String(row['id']),
    updatedAt: row['updated_at'] === null ? null : String(row['updated_at']),
  }))
}
