/**
 * The libsql client Payload's SQLite adapter holds, for the few places that bypass the Local API
 * on purpose (each says why): atomic increments Payload has no operation for, and whole-archive
 * reads whose adapter row transform costs far more than the SQL.
 */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import { isMongo } from './adapter'

interface SqliteAdapter {
  client: Client
}

export const usesMongo = (payload: Payload): boolean => payload.db.name === 'mongoose' || isMongo()

export const sqliteClient = (payload: Payload): Client =>
  (payload.db as unknown as SqliteAdapter).client
