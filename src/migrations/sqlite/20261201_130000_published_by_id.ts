import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Search reconciliation's page of published articles (src/search/sync/published-articles.ts:
 * `_status = 'published' AND id > ? ORDER BY id LIMIT ?`, every 5 minutes in the job-queue
 * process) went through `articles__status_idx`: every published row read and sorted by id for
 * every page, so a walk was quadratic in the archive (80 ms CPU a page at 10^5 articles, 10^3
 * pages at 10^6; EXPLAIN QUERY PLAN showed `USE TEMP B-TREE FOR ORDER BY`). With this index a
 * page is a seek in id order that stops after the page and reads no row. Hand-written like
 * 20261130_040000_load: Payload's compound `indexes` cannot name `id` and would also index the
 * versions table; the drizzle snapshot is unchanged, so later generated migrations leave it alone.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_published_by_id_idx\` ON \`articles\` (\`_status\`, \`id\`, \`updated_at\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_published_by_id_idx\`;`)
}
