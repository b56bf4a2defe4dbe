import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillTaxonomyPublicUse } from '@/collections/Articles/taxonomy-public-use'

// Tags and authors are public only while a published article uses them; existing rows get the
// flag from the published articles here. (The generated diff also repeated earlier branches'
// tables, since their snapshots predate one another; only this change is kept.)

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tags\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`tags_public_use_idx\` ON \`tags\` (\`public_use\`);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`authors_public_use_idx\` ON \`authors\` (\`public_use\`);`)
  await backfillTaxonomyPublicUse(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tags_public_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`tags\` DROP COLUMN \`public_use\`;`)
  await db.run(sql`DROP INDEX \`authors_public_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`public_use\`;`)
}
