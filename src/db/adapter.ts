import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations/sqlite'

export function isMongo(uri = process.env.DATABASE_URI): boolean {
  return Boolean(uri && /^mongodb(\+srv)?:\/\//.test(uri))
}

/** SQLite file URL for the embedded default, creating its folder so a fresh clone just works. */
export function sqliteUrl(uri = process.env.DATABASE_URI): string {
  const url = uri && uri.startsWith('file:') ? uri : 'file:data/cms.db'
  const file = url.slice('file:'.length)
  if (file && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return url
}

/**
 * Embedded SQLite by default, MongoDB when DATABASE_URI says so. SQLite never uses Payload's
 * dev "push": the schema always comes from the committed migrations (run at start in every
 * mode, see payload.config.ts onInit), so dev, test and production databases are the same.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const uri = process.env.DATABASE_URI
  if (isMongo(uri)) return mongooseAdapter({ url: uri as string })
  return sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    idType: 'uuid',
    push: false,
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.resolve(process.cwd(), 'src/migrations/sqlite'),
    prodMigrations: migrations,
  })
}
