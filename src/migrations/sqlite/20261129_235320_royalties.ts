import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_royalties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`role\` text DEFAULT 'writing',
  	\`points\` numeric,
  	\`amount\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_royalties_order_idx\` ON \`articles_royalties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_royalties_parent_id_idx\` ON \`articles_royalties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_royalties_person_idx\` ON \`articles_royalties\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_royalties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`role\` text DEFAULT 'writing',
  	\`points\` numeric,
  	\`amount\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_royalties_order_idx\` ON \`_articles_v_version_royalties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_royalties_parent_id_idx\` ON \`_articles_v_version_royalties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_royalties_person_idx\` ON \`_articles_v_version_royalties\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`royalty_settings_rates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`role\` text NOT NULL,
  	\`points\` numeric,
  	\`amount\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`royalty_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`royalty_settings_rates_order_idx\` ON \`royalty_settings_rates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`royalty_settings_rates_parent_id_idx\` ON \`royalty_settings_rates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`royalty_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`point_value\` numeric DEFAULT 50000 NOT NULL,
  	\`note\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_royalties\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_royalties\`;`)
  await db.run(sql`DROP TABLE \`royalty_settings_rates\`;`)
  await db.run(sql`DROP TABLE \`royalty_settings\`;`)
}
