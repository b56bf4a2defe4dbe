import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`import_source_path\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`import_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`import_digest\` text;`)
  await db.run(sql`CREATE INDEX \`articles_import_import_source_path_idx\` ON \`articles\` (\`import_source_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_import_fingerprint_idx\` ON \`articles\` (\`import_fingerprint\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_import_source_path\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_import_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_import_digest\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_import_version_import_source_path_idx\` ON \`_articles_v\` (\`version_import_source_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_import_version_import_fingerprint_idx\` ON \`_articles_v\` (\`version_import_fingerprint\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_import_import_source_path_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_import_import_fingerprint_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`import_source_path\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`import_digest\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_import_version_import_source_path_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_import_version_import_fingerprint_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_import_source_path\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_import_digest\`;`)
}
