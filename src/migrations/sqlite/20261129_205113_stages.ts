import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Editorial stages replace the review state (README, Stages). Existing articles keep their
 * place: published ones are `published`, drafts that were published once `unpublished`, a
 * submitted draft waits for an editor (`editing`), returned stays `returned`, the rest `writing`.
 * Versions get the same mapping from their own columns. Users may now be limited to categories.
 */
const STAGE_FROM_REVIEW = (p: string) =>
  `CASE WHEN "${p}_status" = 'published' THEN 'published' WHEN "${p}first_published_at" IS NOT NULL THEN 'unpublished' WHEN "${p}review_state" = 'submitted' THEN 'editing' WHEN "${p}review_state" = 'returned' THEN 'returned' ELSE 'writing' END`
const REVIEW_FROM_STAGE = (p: string) =>
  `CASE "${p}stage" WHEN 'editing' THEN 'submitted' WHEN 'approval' THEN 'submitted' WHEN 'returned' THEN 'returned' ELSE 'writing' END`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_stage_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_stage_history_order_idx\` ON \`articles_stage_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_stage_history_parent_id_idx\` ON \`articles_stage_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_stage_history_by_idx\` ON \`articles_stage_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_stage_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_stage_history_order_idx\` ON \`_articles_v_version_stage_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_stage_history_parent_id_idx\` ON \`_articles_v_version_stage_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_stage_history_by_idx\` ON \`_articles_v_version_stage_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_categories_id_idx\` ON \`users_rels\` (\`categories_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`stage\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`stage_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`returned_to_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_stage_idx\` ON \`articles\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`articles_returned_to_idx\` ON \`articles\` (\`returned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql.raw(`UPDATE \`articles\` SET \`stage\` = ${STAGE_FROM_REVIEW('')};`))
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_stage\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_stage_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_returned_to_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_stage_idx\` ON \`_articles_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_returned_to_idx\` ON \`_articles_v\` (\`version_returned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql.raw(`UPDATE \`_articles_v\` SET \`version_stage\` = ${STAGE_FROM_REVIEW('version_')};`))
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`four_eyes\` integer DEFAULT true;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_stage_history\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_stage_history\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`sapo\` text,
  	\`body\` text,
  	\`cover_image_id\` text(36),
  	\`document_number\` text,
  	\`document_type\` text,
  	\`document_issuing_body\` text,
  	\`document_issued_at\` text,
  	\`document_effective_at\` text,
  	\`document_signer\` text,
  	\`document_signer_capacity\` text,
  	\`document_signer_title\` text,
  	\`document_attachment_id\` text(36),
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`slug\` text,
  	\`kind\` text DEFAULT 'news',
  	\`published_at\` text,
  	\`review_state\` text DEFAULT 'writing',
  	\`source\` text,
  	\`featured\` integer DEFAULT false,
  	\`first_published_at\` text,
  	\`created_by_id\` text(36),
  	\`import_source_path\` text,
  	\`import_fingerprint\` text,
  	\`import_digest\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "sapo", "body", "cover_image_id", "document_number", "document_type", "document_issuing_body", "document_issued_at", "document_effective_at", "document_signer", "document_signer_capacity", "document_signer_title", "document_attachment_id", "meta_title", "meta_description", "meta_image_id", "slug", "kind", "published_at", "review_state", "source", "featured", "first_published_at", "created_by_id", "import_source_path", "import_fingerprint", "import_digest", "updated_at", "created_at", "_status") SELECT "id", "title", "sapo", "body", "cover_image_id", "document_number", "document_type", "document_issuing_body", "document_issued_at", "document_effective_at", "document_signer", "document_signer_capacity", "document_signer_title", "document_attachment_id", "meta_title", "meta_description", "meta_image_id", "slug", "kind", "published_at", ${sql.raw(REVIEW_FROM_STAGE(''))}, "source", "featured", "first_published_at", "created_by_id", "import_source_path", "import_fingerprint", "import_digest", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_document_document_number_idx\` ON \`articles\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`articles_document_document_attachment_idx\` ON \`articles\` (\`document_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_kind_idx\` ON \`articles\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_first_published_at_idx\` ON \`articles\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_import_source_path_idx\` ON \`articles\` (\`import_source_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_import_fingerprint_idx\` ON \`articles\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_sapo\` text,
  	\`version_body\` text,
  	\`version_cover_image_id\` text(36),
  	\`version_document_number\` text,
  	\`version_document_type\` text,
  	\`version_document_issuing_body\` text,
  	\`version_document_issued_at\` text,
  	\`version_document_effective_at\` text,
  	\`version_document_signer\` text,
  	\`version_document_signer_capacity\` text,
  	\`version_document_signer_title\` text,
  	\`version_document_attachment_id\` text(36),
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'news',
  	\`version_published_at\` text,
  	\`version_review_state\` text DEFAULT 'writing',
  	\`version_source\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_first_published_at\` text,
  	\`version_created_by_id\` text(36),
  	\`version_import_source_path\` text,
  	\`version_import_fingerprint\` text,
  	\`version_import_digest\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_sapo", "version_body", "version_cover_image_id", "version_document_number", "version_document_type", "version_document_issuing_body", "version_document_issued_at", "version_document_effective_at", "version_document_signer", "version_document_signer_capacity", "version_document_signer_title", "version_document_attachment_id", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_slug", "version_kind", "version_published_at", "version_review_state", "version_source", "version_featured", "version_first_published_at", "version_created_by_id", "version_import_source_path", "version_import_fingerprint", "version_import_digest", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_sapo", "version_body", "version_cover_image_id", "version_document_number", "version_document_type", "version_document_issuing_body", "version_document_issued_at", "version_document_effective_at", "version_document_signer", "version_document_signer_capacity", "version_document_signer_title", "version_document_attachment_id", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_slug", "version_kind", "version_published_at", ${sql.raw(REVIEW_FROM_STAGE('version_'))}, "version_source", "version_featured", "version_first_published_at", "version_created_by_id", "version_import_source_path", "version_import_fingerprint", "version_import_digest", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_document_version_document_number_idx\` ON \`_articles_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_document_version_document_attachment_idx\` ON \`_articles_v\` (\`version_document_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_kind_idx\` ON \`_articles_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_first_published_at_idx\` ON \`_articles_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_import_version_import_source_path_idx\` ON \`_articles_v\` (\`version_import_source_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_import_version_import_fingerprint_idx\` ON \`_articles_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`four_eyes\`;`)
}
