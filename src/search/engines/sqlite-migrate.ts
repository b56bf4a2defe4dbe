// Brings an index written by an older version up to the current schema at start-up, so an
// upgrade does not need a `cms reindex` before searches are right again.
import type { Client } from '@libsql/client'
import { analyzeForIndex } from '../vietnamese/analyze'
import { num, text } from './sqlite-results'
import type { TableSet } from './sqlite-schema'

const CHUNK = 1000

async function tableExists(client: Client, name: string): Promise<boolean> {
  const res = await client.execute({
    sql: `SELECT 1 FROM sqlite_master WHERE name = ?`,
    args: [name],
  })
  return res.rows.length > 0
}

/** Call before creating the tables; returns what to run once they exist. */
export async function pendingMigration(
  client: Client,
  t: TableSet,
): Promise<(() => Promise<void>) | null> {
  // The lead table (titles only) came later: the tiered ranking would skip every article
  // missing from it, so fill it from the stored titles.
  if (!(await tableExists(client, t.docs)) || (await tableExists(client, t.lead))) return null
  return () => backfillLead(client, t)
}

async function backfillLead(client: Client, t: TableSet): Promise<void> {
  // Another process starting at the same moment may have filled it already.
  const filled = await client.execute(`SELECT rowid FROM ${t.lead} LIMIT 1`)
  if (filled.rows.length > 0) return
  let after = 0
  for (;;) {
    const res = await client.execute({
      sql: `SELECT rid, title FROM ${t.docs} WHERE rid > ? ORDER BY rid LIMIT ${CHUNK}`,
      args: [after],
    })
    const last = res.rows[res.rows.length - 1]
    if (!last) return
    await client.batch(
      res.rows.map((row) => {
        const title = analyzeForIndex(text(row, 'title'))
        return {
          sql: `INSERT INTO ${t.lead} (rowid, title_x, title_f) VALUES (?, ?, ?)`,
          args: [num(row, 'rid'), title.exact, title.folded],
        }
      }),
      'write',
    )
    after = num(last, 'rid')
  }
}
