import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Indexes the `hasMany` text tables (the articles' `photoCredits` and its versions) by parent
 * (issue 13 §6). Payload indexes them by (`order`, `parent_id`) only, so every read of an
 * article that includes `photoCredits` (`cms reindex`'s photo-credit pass, any read without a
 * `select`) ran its correlated subquery `WHERE parent_id = ? ORDER BY order` as a scan of the
 * whole index: one scan per article, quadratic in the archive (at 10^6 articles hours, EXPLAIN
 * QUERY PLAN showed `SCAN … USING COVERING INDEX articles_texts_order_parent`). With these it is
 * a search. Hand-written like 20261130_040000_load: Payload's config cannot index these tables,
 * and the drizzle snapshot is unchanged, so later generated migrations leave them alone.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_texts_parent_order_idx\` ON \`articles_texts\` (\`parent_id\`, \`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`_articles_v_texts_parent_order_idx\` ON \`_articles_v_texts\` (\`parent_id\`, \`order\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_texts_parent_order_idx\`;`)
}
