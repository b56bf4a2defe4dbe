import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations/sqlite'

import { isMongo } from './adapter'
import { backfillOnMongo } from './backfill-on-mongo'
import { warnIfMongoWithoutTransactions } from './mongo-transactions'

/**
 * Payload runs `prodMigrations` itself only when NODE_ENV=production. Development and test
 * databases get the very same migrations here, so no database is ever schema-pushed and a
 * missing migration shows up in the test suite rather than in production.
 */
export async function runMigrationsOnInit(payload: Payload): Promise<void> {
  if (isMongo()) {
    await warnIfMongoWithoutTransactions(payload)
    return backfillOnMongo(payload)
  }
  if (process.env.NODE_ENV === 'production') return
  // Generated migrations type their args precisely; Payload's list type takes `unknown` args.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
