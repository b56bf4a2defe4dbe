import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Deleting a person who once edited an article, or had one returned to them, failed with a
 * foreign-key error: the stage migration (20261129_205113_stages) added `returned_to_id` and
 * `last_edited_by_id` to `articles` and `_articles_v` with ALTER TABLE and a bare
 * `REFERENCES users(id)` (no ON DELETE action), and SQLite cannot change a column's constraint
 * without rebuilding two of the largest tables. A trigger clears those references just before a
 * user row goes, which is what Payload's own relationship columns do (ON DELETE SET NULL); the
 * audit log keeps who did what. Hand-written: the drizzle snapshot has no triggers, so later
 * generated migrations leave it alone.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TRIGGER IF NOT EXISTS \`users_delete_clears_stage_refs\`
    BEFORE DELETE ON \`users\`
    BEGIN
      UPDATE \`articles\` SET \`returned_to_id\` = NULL WHERE \`returned_to_id\` = OLD.\`id\`;
      UPDATE \`articles\` SET \`last_edited_by_id\` = NULL WHERE \`last_edited_by_id\` = OLD.\`id\`;
      UPDATE \`_articles_v\` SET \`version_returned_to_id\` = NULL WHERE \`version_returned_to_id\` = OLD.\`id\`;
      UPDATE \`_articles_v\` SET \`version_last_edited_by_id\` = NULL WHERE \`version_last_edited_by_id\` = OLD.\`id\`;
    END;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS \`users_delete_clears_stage_refs\`;`)
}
