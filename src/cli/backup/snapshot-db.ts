import fs from 'node:fs'

import { createClient } from '@libsql/client'

/** Tables counted in the manifest: what an operator checks after a restore. */
const COUNTED = ['articles', '_articles_v', 'media', 'users', 'authors', 'categories', 'tags']

export interface DatabaseFacts {
  counts: Record<string, number>
  /** name of the newest applied migration, and how many are applied */
  migration: { latest: string | null; applied: number }
}

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`

/**
 * SQLite's online backup through `VACUUM INTO`: one read transaction sees a single committed
 * state of the database (WAL mode lets the server keep writing meanwhile) and writes it as a
 * new, compact file. Nothing half-committed can be in it, and the live file is never locked.
 */
export async function snapshotDatabase(source: string, target: string): Promise<void> {
  if (!fs.existsSync(source)) throw new Error(`database file not found: ${source}`)
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute('PRAGMA busy_timeout = 15000')
    await client.execute(`VACUUM INTO ${sqlString(target)}`)
  } finally {
    client.close()
  }
}

/** Reads counts and the migration level from a database file (a snapshot, never the live one). */
export async function databaseFacts(file: string): Promise<DatabaseFacts> {
  const client = createClient({ url: `file:${file}` })
  try {
    const check = await client.execute('PRAGMA quick_check')
    const verdict = String(check.rows[0]?.[0] ?? '')
    if (verdict !== 'ok') throw new Error(`database check failed: ${verdict}`)
    const tables = new Set(
      (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) =>
        String(r[0]),
      ),
    )
    const counts: Record<string, number> = {}
    for (const table of COUNTED) {
      if (!tables.has(table)) continue
      const res = await client.execute(`SELECT count(*) FROM "${table}"`)
      counts[table] = Number(res.rows[0]?.[0] ?? 0)
    }
    let migration: DatabaseFacts['migration'] = { latest: null, applied: 0 }
    if (tables.has('payload_migrations')) {
      const res = await client.execute(
        "SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY name",
      )
      const names = res.rows.map((r) => String(r[0]))
      migration = { latest: names.at(-1) ?? null, applied: names.length }
    }
    return { counts, migration }
  } finally {
    client.close()
  }
}
