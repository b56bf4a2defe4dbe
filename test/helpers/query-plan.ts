/**
 * SQLite's plan for a statement the code really sends, for tests that pin a query's shape on a
 * migrated database. Asked on a connection of its own, closed afterwards: an EXPLAIN on the
 * site's connection left a read snapshot open there.
 */
import { createClient, type InArgs } from '@libsql/client'

export interface Statement {
  sql: string
  args: unknown[]
}

export interface PlanStep {
  /** 0 for the outer query's steps. */
  parent: number
  detail: string
}

export async function queryPlan(statement: Statement): Promise<PlanStep[]> {
  const own = createClient({ url: process.env.DATABASE_URI ?? '' })
  try {
    const { rows } = await own.execute({
      sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
      args: statement.args as InArgs,
    })
    return rows.map((r) => ({ parent: Number(r.parent), detail: String(r.detail) }))
  } finally {
    own.close()
  }
}
