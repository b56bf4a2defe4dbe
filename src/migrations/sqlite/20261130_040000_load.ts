import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Covering indexes for the public listings (issue 14 §5). An article row holds its body before
 * `slug`, `kind`, `published_at`, `_status` and the rest, so SQLite reads a row's overflow pages
 * to get any of them: ordering or filtering published articles through the row cost 100–500 ms
 * per query on 10,000 articles (every row read, then sorted), and the libsql client runs each
 * query on the event loop. With these, "newest published" walks an index and stops after the
 * page it needs, and the joins from `articles_rels` (categories, tags, authors) check `_status`
 * in an index. Hand-written because Payload's compound `indexes` cannot name `id` and would also
 * index the versions table; the drizzle snapshot is unchanged, so later generated migrations
 * leave these alone.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_public_order_idx\` ON \`articles\` (\`_status\`, \`published_at\`, \`created_at\`, \`id\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_public_by_id_idx\` ON \`articles\` (\`id\`, \`_status\`, \`published_at\`, \`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_public_kind_idx\` ON \`articles\` (\`_status\`, \`kind\`, \`published_at\`, \`created_at\`, \`id\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_public_featured_idx\` ON \`articles\` (\`_status\`, \`featured\`, \`published_at\`, \`created_at\`, \`id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_public_order_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`articles_public_by_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`articles_public_kind_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`articles_public_featured_idx\`;`)
}
