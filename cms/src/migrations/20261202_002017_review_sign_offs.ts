import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_sign_offs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`signer_id\` integer,
  	\`signed_at\` text,
  	\`version\` text,
  	\`text_hash\` text,
  	\`note\` text,
  	\`same_signer_allowed\` integer,
  	\`superseded_at\` text,
  	\`superseded_reason\` text,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_sign_offs_order_idx\` ON \`articles_sign_offs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_sign_offs_parent_id_idx\` ON \`articles_sign_offs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_sign_offs_signer_idx\` ON \`articles_sign_offs\` (\`signer_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_check_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text,
  	\`reason\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_check_overrides_order_idx\` ON \`articles_check_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_check_overrides_parent_id_idx\` ON \`articles_check_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_check_overrides_by_idx\` ON \`articles_check_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_sign_offs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stage\` text,
  	\`signer_id\` integer,
  	\`signed_at\` text,
  	\`version\` text,
  	\`text_hash\` text,
  	\`note\` text,
  	\`same_signer_allowed\` integer,
  	\`superseded_at\` text,
  	\`superseded_reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sign_offs_order_idx\` ON \`_articles_v_version_sign_offs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sign_offs_parent_id_idx\` ON \`_articles_v_version_sign_offs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sign_offs_signer_idx\` ON \`_articles_v_version_sign_offs\` (\`signer_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_check_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`term\` text,
  	\`reason\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_check_overrides_order_idx\` ON \`_articles_v_version_check_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_check_overrides_parent_id_idx\` ON \`_articles_v_version_check_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_check_overrides_by_idx\` ON \`_articles_v_version_check_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`profiles_sign_offs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`signer_id\` integer,
  	\`signed_at\` text,
  	\`version\` text,
  	\`text_hash\` text,
  	\`note\` text,
  	\`same_signer_allowed\` integer,
  	\`superseded_at\` text,
  	\`superseded_reason\` text,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`profiles_sign_offs_order_idx\` ON \`profiles_sign_offs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`profiles_sign_offs_parent_id_idx\` ON \`profiles_sign_offs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_sign_offs_signer_idx\` ON \`profiles_sign_offs\` (\`signer_id\`);`)
  await db.run(sql`CREATE TABLE \`profiles_check_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text,
  	\`reason\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`profiles_check_overrides_order_idx\` ON \`profiles_check_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`profiles_check_overrides_parent_id_idx\` ON \`profiles_check_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_check_overrides_by_idx\` ON \`profiles_check_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_profiles_v_version_sign_offs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stage\` text,
  	\`signer_id\` integer,
  	\`signed_at\` text,
  	\`version\` text,
  	\`text_hash\` text,
  	\`note\` text,
  	\`same_signer_allowed\` integer,
  	\`superseded_at\` text,
  	\`superseded_reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`signer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_sign_offs_order_idx\` ON \`_profiles_v_version_sign_offs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_sign_offs_parent_id_idx\` ON \`_profiles_v_version_sign_offs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_sign_offs_signer_idx\` ON \`_profiles_v_version_sign_offs\` (\`signer_id\`);`)
  await db.run(sql`CREATE TABLE \`_profiles_v_version_check_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`term\` text,
  	\`reason\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_check_overrides_order_idx\` ON \`_profiles_v_version_check_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_check_overrides_parent_id_idx\` ON \`_profiles_v_version_check_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_check_overrides_by_idx\` ON \`_profiles_v_version_check_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`proofreading_terms\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`term\` text NOT NULL,
  	\`suggestion\` text,
  	\`category\` text DEFAULT 'confusion' NOT NULL,
  	\`level\` text DEFAULT 'caution' NOT NULL,
  	\`pattern\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`proofreading_terms_term_idx\` ON \`proofreading_terms\` (\`term\`);`)
  await db.run(sql`CREATE INDEX \`proofreading_terms_updated_at_idx\` ON \`proofreading_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proofreading_terms_created_at_idx\` ON \`proofreading_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_settings_first_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_settings_first_roles_order_idx\` ON \`review_settings_first_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_settings_first_roles_parent_idx\` ON \`review_settings_first_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_settings_second_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_settings_second_roles_order_idx\` ON \`review_settings_second_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_settings_second_roles_parent_idx\` ON \`review_settings_second_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_settings_final_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_settings_final_roles_order_idx\` ON \`review_settings_final_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_settings_final_roles_parent_idx\` ON \`review_settings_final_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stage_count\` text DEFAULT 'three' NOT NULL,
  	\`same_signer_second_and_final\` integer DEFAULT false,
  	\`return_stage\` text DEFAULT 'second' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`returned_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`stage_entered_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_stage_entered_at_idx\` ON \`articles\` (\`stage_entered_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_returned_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_stage_entered_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_stage_entered_at_idx\` ON \`_articles_v\` (\`version_stage_entered_at\`);`)
  await db.run(sql`ALTER TABLE \`profiles\` ADD \`returned_reason\` text;`)
  await db.run(sql`ALTER TABLE \`profiles\` ADD \`stage_entered_at\` text;`)
  await db.run(sql`CREATE INDEX \`profiles_stage_entered_at_idx\` ON \`profiles\` (\`stage_entered_at\`);`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` ADD \`version_returned_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` ADD \`version_stage_entered_at\` text;`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_stage_entered_at_idx\` ON \`_profiles_v\` (\`version_stage_entered_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proofreading_terms_id\` integer REFERENCES proofreading_terms(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proofreading_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`proofreading_terms_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_sign_offs\`;`)
  await db.run(sql`DROP TABLE \`articles_check_overrides\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_sign_offs\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_check_overrides\`;`)
  await db.run(sql`DROP TABLE \`profiles_sign_offs\`;`)
  await db.run(sql`DROP TABLE \`profiles_check_overrides\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v_version_sign_offs\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v_version_check_overrides\`;`)
  await db.run(sql`DROP TABLE \`proofreading_terms\`;`)
  await db.run(sql`DROP TABLE \`review_settings_first_roles\`;`)
  await db.run(sql`DROP TABLE \`review_settings_second_roles\`;`)
  await db.run(sql`DROP TABLE \`review_settings_final_roles\`;`)
  await db.run(sql`DROP TABLE \`review_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`profiles_id\` integer,
  	\`editions_id\` integer,
  	\`corrections_id\` integer,
  	\`media_id\` integer,
  	\`contributors_id\` integer,
  	\`regions_id\` integer,
  	\`columns_id\` integer,
  	\`users_id\` integer,
  	\`site_changes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profiles_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`corrections_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "profiles_id", "editions_id", "corrections_id", "media_id", "contributors_id", "regions_id", "columns_id", "users_id", "site_changes_id") SELECT "id", "order", "parent_id", "path", "articles_id", "profiles_id", "editions_id", "corrections_id", "media_id", "contributors_id", "regions_id", "columns_id", "users_id", "site_changes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contributors_id_idx\` ON \`payload_locked_documents_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`DROP INDEX \`articles_stage_entered_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`returned_reason\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`stage_entered_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_stage_entered_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_returned_reason\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_stage_entered_at\`;`)
  await db.run(sql`DROP INDEX \`profiles_stage_entered_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`profiles\` DROP COLUMN \`returned_reason\`;`)
  await db.run(sql`ALTER TABLE \`profiles\` DROP COLUMN \`stage_entered_at\`;`)
  await db.run(sql`DROP INDEX \`_profiles_v_version_version_stage_entered_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` DROP COLUMN \`version_returned_reason\`;`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` DROP COLUMN \`version_stage_entered_at\`;`)
}
