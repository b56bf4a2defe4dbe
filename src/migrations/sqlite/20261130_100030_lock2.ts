import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Notices record which queue a "queue" notice is for (`queue`: editing or approval), so that a
 * person who has since lost that role no longer reads it (src/collections/Notifications/access.ts).
 * Notices written before this column existed get it from their wording, which has always named
 * the queue ("Bài chờ biên tập: …" / "Bài chờ duyệt đăng: …", src/notifications/messages.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`queue\` text;`)
  await db.run(
    sql`UPDATE \`notifications\` SET \`queue\` = 'editing' WHERE \`kind\` = 'queue' AND \`message\` LIKE 'Bài chờ biên tập:%';`,
  )
  await db.run(
    sql`UPDATE \`notifications\` SET \`queue\` = 'approval' WHERE \`kind\` = 'queue' AND \`message\` LIKE 'Bài chờ duyệt đăng:%';`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`queue\`;`)
}
