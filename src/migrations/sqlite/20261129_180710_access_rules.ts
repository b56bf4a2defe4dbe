import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillPublicUse } from '@/collections/Media/public-use'

// Reporters may edit only never-published articles; media are public only while published
// content uses them. Existing rows get both facts from their history here.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_first_published_at_idx\` ON \`articles\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_first_published_at_idx\` ON \`_articles_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_use_idx\` ON \`media\` (\`public_use\`);`)
  await db.run(sql`UPDATE \`articles\` SET \`first_published_at\` = (
    SELECT MIN(COALESCE(v.\`version_published_at\`, v.\`updated_at\`)) FROM \`_articles_v\` v
    WHERE v.\`parent_id\` = \`articles\`.\`id\` AND v.\`version__status\` = 'published');`)
  await db.run(sql`UPDATE \`articles\` SET \`first_published_at\` = COALESCE(\`published_at\`, \`updated_at\`)
    WHERE \`first_published_at\` IS NULL AND \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_articles_v\` SET \`version_first_published_at\` = (
    SELECT a.\`first_published_at\` FROM \`articles\` a WHERE a.\`id\` = \`_articles_v\`.\`parent_id\`);`)
  await backfillPublicUse(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`media_public_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_use\`;`)
}
