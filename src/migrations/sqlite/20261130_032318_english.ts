import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// English versions (issue 12 §2): pages, leaders, units and the site settings get localised
// fields, which Payload keeps in `<table>_locales` rows (one per language). The generated
// migration would drop the old columns with their content; the hand-written steps below first
// copy every existing value into a `vi` row (documents and versions), mark existing page blocks
// and their leader picks as the Vietnamese layout, and do the reverse on `down`. Version tables of
// every collection with drafts gain Payload's `snapshot`/`published_locale` columns.

/** The localised columns, by table: copied to `<table>_locales` as Vietnamese, and back. */
const COPIED: Array<[string, string[]]> = [
  ['leaders', ['position', 'biography']],
  ['_leaders_v', ['version_position', 'version_biography']],
  ['pages', ['title', 'description']],
  ['_pages_v', ['version_title', 'version_description']],
  ['units', ['name', 'head_position', 'description', 'contact_address']],
  [
    '_units_v',
    ['version_name', 'version_head_position', 'version_description', 'version_contact_address'],
  ],
  [
    'site',
    [
      'name',
      'short_name',
      'tagline',
      'contact_address',
      'contact_hours',
      'contact_responsible',
      'contact_license',
      'footer',
    ],
  ],
]

/** Page block tables: their rows gain a language (`_locale`), the existing ones Vietnamese. */
const BLOCK_TABLES = ['rich_text', 'leader_list', 'org_chart', 'contact'].flatMap((b) => [
  `pages_blocks_${b}`,
  `_pages_v_blocks_${b}`,
])

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`leaders_locales\` (
  	\`position\` text,
  	\`biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`leaders_locales_locale_parent_id_unique\` ON \`leaders_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_leaders_v_locales\` (
  	\`version_position\` text,
  	\`version_biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_leaders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_leaders_v_locales_locale_parent_id_unique\` ON \`_leaders_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`units_locales\` (
  	\`name\` text,
  	\`head_position\` text,
  	\`description\` text,
  	\`contact_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_locales_locale_parent_id_unique\` ON \`units_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_units_v_locales\` (
  	\`version_name\` text,
  	\`version_head_position\` text,
  	\`version_description\` text,
  	\`version_contact_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_units_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_units_v_locales_locale_parent_id_unique\` ON \`_units_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_locales\` (
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`tagline\` text,
  	\`contact_address\` text,
  	\`contact_hours\` text,
  	\`contact_responsible\` text,
  	\`contact_license\` text,
  	\`footer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_locales_locale_parent_id_unique\` ON \`site_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Hand-written: the existing values become the Vietnamese ones before their columns go.
  for (const [table, columns] of COPIED) {
    const list = columns.map((c) => `\`${c}\``).join(', ')
    await db.run(
      sql.raw(
        `INSERT INTO \`${table}_locales\` (${list}, \`_locale\`, \`_parent_id\`) SELECT ${list}, 'vi', \`id\` FROM \`${table}\`;`,
      ),
    )
  }
  await db.run(sql`DROP INDEX \`pages_rels_leaders_id_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_media_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages_rels\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`pages_rels_locale_idx\` ON \`pages_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_leaders_id_idx\` ON \`pages_rels\` (\`leaders_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_media_id_idx\` ON \`pages_rels\` (\`media_id\`,\`locale\`);`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_leaders_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_media_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_locale_idx\` ON \`_pages_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_leaders_id_idx\` ON \`_pages_v_rels\` (\`leaders_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_media_id_idx\` ON \`_pages_v_rels\` (\`media_id\`,\`locale\`);`)
  // Hand-written: the leader lists' picks inside page blocks belong to the Vietnamese layout now.
  await db.run(sql`UPDATE \`pages_rels\` SET \`locale\` = 'vi' WHERE \`path\` LIKE 'layout.%';`)
  await db.run(sql`UPDATE \`_pages_v_rels\` SET \`locale\` = 'vi' WHERE \`path\` LIKE 'version.layout.%';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_topics_v_snapshot_idx\` ON \`_topics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_published_locale_idx\` ON \`_topics_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_schedule_entries_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_schedule_entries_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_schedule_entries_v_snapshot_idx\` ON \`_schedule_entries_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_schedule_entries_v_published_locale_idx\` ON \`_schedule_entries_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_leaders_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_leaders_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_leaders_v_snapshot_idx\` ON \`_leaders_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_leaders_v_published_locale_idx\` ON \`_leaders_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_leaders_v\` DROP COLUMN \`version_position\`;`)
  await db.run(sql`ALTER TABLE \`_leaders_v\` DROP COLUMN \`version_biography\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_rich_text\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_locale_idx\` ON \`pages_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_leader_list\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_leader_list_locale_idx\` ON \`pages_blocks_leader_list\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_org_chart\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_org_chart_locale_idx\` ON \`pages_blocks_org_chart\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pages_blocks_contact\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_locale_idx\` ON \`pages_blocks_contact\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_rich_text\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_locale_idx\` ON \`_pages_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_leader_list\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_leader_list_locale_idx\` ON \`_pages_v_blocks_leader_list\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_org_chart\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_org_chart_locale_idx\` ON \`_pages_v_blocks_org_chart\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_contact\` ADD \`_locale\` text NOT NULL DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_locale_idx\` ON \`_pages_v_blocks_contact\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`_units_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_units_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_units_v_snapshot_idx\` ON \`_units_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_published_locale_idx\` ON \`_units_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_units_v\` DROP COLUMN \`version_name\`;`)
  await db.run(sql`ALTER TABLE \`_units_v\` DROP COLUMN \`version_head_position\`;`)
  await db.run(sql`ALTER TABLE \`_units_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`_units_v\` DROP COLUMN \`version_contact_address\`;`)
  await db.run(sql`ALTER TABLE \`leaders\` DROP COLUMN \`position\`;`)
  await db.run(sql`ALTER TABLE \`leaders\` DROP COLUMN \`biography\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`head_position\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`contact_address\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`short_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`tagline\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`contact_address\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`contact_hours\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`contact_responsible\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`contact_license\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`footer\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_leaders_v\` ADD \`version_position\` text;`)
  await db.run(sql`ALTER TABLE \`_leaders_v\` ADD \`version_biography\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_units_v\` ADD \`version_name\` text;`)
  await db.run(sql`ALTER TABLE \`_units_v\` ADD \`version_head_position\` text;`)
  await db.run(sql`ALTER TABLE \`_units_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_units_v\` ADD \`version_contact_address\` text;`)
  await db.run(sql`ALTER TABLE \`leaders\` ADD \`position\` text;`)
  await db.run(sql`ALTER TABLE \`leaders\` ADD \`biography\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`head_position\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`contact_address\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`name\` text DEFAULT 'Cổng thông tin điện tử Đảng ủy' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`short_name\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`tagline\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`contact_address\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`contact_hours\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`contact_responsible\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`contact_license\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`footer\` text;`)
  // Hand-written: the Vietnamese values go back to their columns, English ones are dropped.
  for (const [table, columns] of COPIED) {
    const set = columns
      .map(
        (c) =>
          `\`${c}\` = COALESCE((SELECT l.\`${c}\` FROM \`${table}_locales\` l WHERE l.\`_parent_id\` = \`${table}\`.\`id\` AND l.\`_locale\` = 'vi'), \`${c}\`)`,
      )
      .join(', ')
    await db.run(sql.raw(`UPDATE \`${table}\` SET ${set};`))
  }
  for (const table of BLOCK_TABLES)
    await db.run(sql.raw(`DELETE FROM \`${table}\` WHERE \`_locale\` <> 'vi';`))
  await db.run(sql`DELETE FROM \`pages_rels\` WHERE \`locale\` IS NOT NULL AND \`locale\` <> 'vi';`)
  await db.run(sql`DELETE FROM \`_pages_v_rels\` WHERE \`locale\` IS NOT NULL AND \`locale\` <> 'vi';`)
  await db.run(sql`DROP TABLE \`leaders_locales\`;`)
  await db.run(sql`DROP TABLE \`_leaders_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`units_locales\`;`)
  await db.run(sql`DROP TABLE \`_units_v_locales\`;`)
  await db.run(sql`DROP TABLE \`site_locales\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_topics_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_topics_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_schedule_entries_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_schedule_entries_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_schedule_entries_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_schedule_entries_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_leaders_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_leaders_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_leaders_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_leaders_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_rich_text_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_rich_text\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_leader_list_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_leader_list\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_org_chart_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_org_chart\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_blocks_contact_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_contact\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_leaders_id_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_rels_media_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`pages_rels_leaders_id_idx\` ON \`pages_rels\` (\`leaders_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_media_id_idx\` ON \`pages_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`pages_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_rich_text_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_rich_text\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_leader_list_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_leader_list\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_org_chart_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_org_chart\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_blocks_contact_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_contact\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_leaders_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_rels_media_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_leaders_id_idx\` ON \`_pages_v_rels\` (\`leaders_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_media_id_idx\` ON \`_pages_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_units_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_units_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_units_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_units_v\` DROP COLUMN \`published_locale\`;`)
}
