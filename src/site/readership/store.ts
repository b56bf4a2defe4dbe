/**
 * Writes a batch of counts as atomic increments, so two server processes flushing into one
 * database never lose each other's views (a read-then-write through the Local API would).
 *
 * - SQLite: `INSERT … ON CONFLICT(day, path) DO UPDATE SET views = views + excluded.views`
 *   through the libsql client Payload's adapter holds, all rows in one write transaction.
 * - MongoDB: `updateOne({day, path}, {$inc: {views}}, {upsert: true})` in one bulkWrite on the
 *   collection's Mongoose model. (Not exercised by the tests here: no MongoDB on the test machine.)
 *
 * It bypasses the Local API on purpose: Payload has no increment (db/sqlite-client.ts).
 */
import crypto from 'node:crypto'

import type { InStatement } from '@libsql/client'
import type { Payload } from 'payload'

import { sqliteClient, usesMongo } from '@/db/sqlite-client'

import type { ViewRow } from './tally'

const TABLE = 'page_views'

interface MongoModel {
  bulkWrite: (ops: unknown[], options?: { ordered?: boolean }) => Promise<unknown>
  aggregate: (pipeline: unknown[]) => Promise<unknown[]>
}
interface MongoAdapter {
  collections: Record<string, MongoModel>
}

export const mongoModel = (payload: Payload): MongoModel => {
  const model = (payload.db as unknown as MongoAdapter).collections['page-views']
  if (!model) throw new Error('page-views collection model missing')
  return model
}

export async function writeViews(payload: Payload, rows: ViewRow[]): Promise<void> {
  if (!rows.length) return
  const now = new Date().toISOString()
  if (usesMongo(payload)) {
    await mongoModel(payload).bulkWrite(
      rows.map((r) => ({
        updateOne: {
          filter: { day: r.day, path: r.path },
          update: {
            $inc: { views: r.views },
            $set: { updatedAt: new Date(now) },
            $setOnInsert: { kind: r.kind, key: r.key, createdAt: new Date(now) },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    )
    return
  }
  const statements: InStatement[] = rows.map((r) => ({
    sql: `INSERT INTO ${TABLE} (id, day, path, kind, key, views, updated_at, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(day, path) DO UPDATE SET views = views + excluded.views,
            updated_at = excluded.updated_at`,
    args: [crypto.randomUUID(), r.day, r.path, r.kind, r.key, r.views, now, now],
  }))
  await sqliteClient(payload).batch(statements, 'write')
}
