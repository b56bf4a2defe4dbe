// Brings an index written by an older version up to the current schema at start-up, so an
// upgrade does not need a `cms reindex` before searches are right again.
import type { Client } from '@libsql/client'

import { analyzeForIndex } from '@/search/vietnamese/analyze'

import { numberColumn, textColumn } from './results'
import { type DerivedTable, derivedTables, type TableSet } from './schema'

const CHUNK = 1000

/**
 * Tables of earlier versions, dropped at start-up: the title and sapo words once had a table of
 * their own (read through `search_vocab`), and the pooled ranking read the analysed title, sapo
 * and extra text from `search_rank` (the impact path replaced it). `_next` ones are leftovers of
 * a rebuild such a version ran; one still running in an older process fails at its next write
 * and leaves the live tables as they were.
 */
export const RETIRED_TABLES = [
  'search_vocab',
  'search_terms',
  'search_terms_next',
  'search_rank',
  'search_rank_next',
]

async function tableSql(client: Client, name: string): Promise<string | null> {
  const res = await client.execute({
    sql: `SELECT sql FROM sqlite_master WHERE name = ?`,
    args: [name],
  })
  const row = res.rows[0]
  return row ? textColumn(row, 'sql') : null
}

/** Call before creating the tables; returns what to run once they exist. */
export async function pendingMigration(
  client: Client,
  tables: TableSet,
): Promise<(() => Promise<void>) | null> {
  // The title and sapo tables came later: exact title matches and suggestions miss every article
  // missing from them, so a missing or outdated one is recreated and filled from the stored text.
  // Checking and recreating inside one write transaction means only one of several processes starting at once does it, and none drops a table another is filling. BEGIN runs
  // on the client itself: client.transaction() hands the connection over and opens a new one
  // afterwards, which for ':memory:' is a new, empty database.
  await client.execute('BEGIN IMMEDIATE')
  const stale: DerivedTable[] = []
  try {
    for (const name of RETIRED_TABLES) await client.execute(`DROP TABLE IF EXISTS ${name}`)
    const docs = await tableSql(client, tables.docs)
    // The article's updatedAt came later too; older rows keep '' (unknown, never called stale).
    if (docs !== null && !docs.includes('updated_iso'))
      await client.execute(
        `ALTER TABLE ${tables.docs} ADD COLUMN updated_iso TEXT NOT NULL DEFAULT ''`,
      )
    if (docs !== null) {
      for (const d of derivedTables(tables)) {
        const sql = await tableSql(client, d.name)
        if (sql !== null && d.columns.every((c) => sql.includes(c))) continue
        await client.execute(`DROP TABLE IF EXISTS ${d.name}`)
        await client.execute(d.create)
        stale.push(d)
      }
    }
    await client.execute('COMMIT')
  } catch (err) {
    await client.execute('ROLLBACK').catch(() => undefined)
    throw err
  }
  return stale.length === 0 ? null : () => backfill(client, tables, stale)
}

async function backfill(client: Client, t: TableSet, tables: DerivedTable[]): Promise<void> {
  let after = 0
  for (;;) {
    const res = await client.execute({
      sql: `SELECT rid, title, sapo FROM ${t.docs} WHERE rid > ? ORDER BY rid LIMIT ${CHUNK}`,
      args: [after],
    })
    const last = res.rows[res.rows.length - 1]
    if (!last) break
    await client.batch(
      res.rows.flatMap((row) => {
        const rid = numberColumn(row, 'rid')
        const title = analyzeForIndex(textColumn(row, 'title'))
        const sapo = analyzeForIndex(textColumn(row, 'sapo'))
        // Writes may run meanwhile: skip an article deleted, or re-inserted under a new rid
        // (its rows already written), since the read above.
        return tables.map((l) => ({
          sql: `INSERT INTO ${l.name} (rowid, ${l.columns.join(', ')})
            SELECT ?, ${l.columns.map(() => '?').join(', ')}
            WHERE EXISTS (SELECT 1 FROM ${t.docs} WHERE rid = ?)
              AND NOT EXISTS (SELECT 1 FROM ${l.name} WHERE rowid = ?)`,
          args: [rid, ...l.values(title, sapo), rid, rid],
        }))
      }),
      'write',
    )
    after = numberColumn(last, 'rid')
  }
  // One b-tree per table instead of one segment per chunk, as a rebuild leaves them.
  for (const l of tables) {
    await client.execute(`INSERT INTO ${l.name}(${l.name}) VALUES ('optimize')`)
  }
}
