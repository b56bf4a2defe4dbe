/**
 * Reading an article's `photoCredits` (a `hasMany` text field, table `articles_texts`) must be a
 * search by parent, not a scan of every article's credits: Payload indexes that table by
 * (`order`, `parent_id`) only, and `cms reindex`'s photo-credit pass reads the field for every
 * article, which made it quadratic in the archive (issue 13 §6, migration
 * 20261130_140000_texts_parent). Checked on the SQL Payload really sends, on a migrated SQLite
 * database. SQLite only: MongoDB stores the credits inside the document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isMongo } from '@/db/adapter'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { queryPlan, type Statement } from '../../helpers/query-plan'
import { skipReason, SQLITE_ONLY } from '../../helpers/skip-reason'

interface Executor {
  execute: (stmt: string | Statement) => Promise<unknown>
}

let t: TestPayload

/** The plan's steps. */
async function plan(statement: Statement): Promise<string[]> {
  return (await queryPlan(statement)).map((step) => step.detail)
}

describe.skipIf(isMongo())('photo credits read by parent', skipReason(SQLITE_ONLY), () => {
  beforeAll(async () => {
    t = await bootPayload('texts-parent')
  })
  afterAll(async () => {
    await t?.cleanup()
  })

  it('reads an article page with its photo credits through the parent index', async () => {
    const client = (t.payload.db as unknown as { client: Executor }).client
    const sent: Statement[] = []
    const execute = client.execute.bind(client)
    client.execute = (stmt) => {
      sent.push(typeof stmt === 'string' ? { sql: stmt, args: [] } : stmt)
      return execute(stmt)
    }
    try {
      await t.payload.find({
        collection: 'articles',
        select: { photoCredits: true },
        sort: 'id',
        depth: 0,
        limit: 200,
        pagination: false,
        overrideAccess: true,
      })
    } finally {
      client.execute = execute
    }
    const read = sent.find((s) => s.sql.includes('"articles_texts"'))
    expect(read, 'the page read joins the credits').toBeDefined()
    const steps = await plan(read as Statement)
    // Before the migration: `SCAN articles__texts USING INDEX articles_texts_order_parent`.
    expect(steps.join('\n')).toMatch(
      /SEARCH \S+ USING (COVERING )?INDEX articles_texts_parent_order_idx/,
    )
    expect(steps.join('\n')).not.toMatch(
      /SCAN \S+ USING (COVERING )?INDEX articles_texts_order_parent/,
    )
  })
})
