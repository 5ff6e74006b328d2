import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_former_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`county_id\` integer,
  	\`published_at\` text,
  	\`slug\` text,
  	FOREIGN KEY (\`county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_former_addresses_order_idx\` ON \`articles_former_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_former_addresses_parent_id_idx\` ON \`articles_former_addresses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_former_addresses_county_idx\` ON \`articles_former_addresses\` (\`county_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_former_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`county_id\` integer,
  	\`published_at\` text,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_former_addresses_order_idx\` ON \`_articles_v_version_former_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_former_addresses_parent_id_idx\` ON \`_articles_v_version_former_addresses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_former_addresses_county_idx\` ON \`_articles_v_version_former_addresses\` (\`county_id\`);`)
  await db.run(sql`CREATE TABLE \`profiles_former_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`county_id\` integer,
  	\`published_at\` text,
  	\`slug\` text,
  	FOREIGN KEY (\`county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`profiles_former_addresses_order_idx\` ON \`profiles_former_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`profiles_former_addresses_parent_id_idx\` ON \`profiles_former_addresses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_former_addresses_county_idx\` ON \`profiles_former_addresses\` (\`county_id\`);`)
  await db.run(sql`CREATE TABLE \`_profiles_v_version_former_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`county_id\` integer,
  	\`published_at\` text,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_former_addresses_order_idx\` ON \`_profiles_v_version_former_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_former_addresses_parent_id_idx\` ON \`_profiles_v_version_former_addresses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_former_addresses_county_idx\` ON \`_profiles_v_version_former_addresses\` (\`county_id\`);`)
  await db.run(sql`CREATE TABLE \`corrections\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`date\` text NOT NULL,
  	\`wrong\` text NOT NULL,
  	\`right\` text NOT NULL,
  	\`amended_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`corrections_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`profiles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profiles_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`corrections_rels_order_idx\` ON \`corrections_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_parent_idx\` ON \`corrections_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_path_idx\` ON \`corrections_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_articles_id_idx\` ON \`corrections_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_profiles_id_idx\` ON \`corrections_rels\` (\`profiles_id\`);`)
  await db.run(sql`CREATE TABLE \`_corrections_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text NOT NULL,
  	\`version_wrong\` text NOT NULL,
  	\`version_right\` text NOT NULL,
  	\`version_amended_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_corrections_v_parent_idx\` ON \`_corrections_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_version_version_updated_at_idx\` ON \`_corrections_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_version_version_created_at_idx\` ON \`_corrections_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_created_at_idx\` ON \`_corrections_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_updated_at_idx\` ON \`_corrections_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_corrections_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`profiles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_corrections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profiles_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_corrections_v_rels_order_idx\` ON \`_corrections_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_rels_parent_idx\` ON \`_corrections_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_rels_path_idx\` ON \`_corrections_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_rels_articles_id_idx\` ON \`_corrections_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_corrections_v_rels_profiles_id_idx\` ON \`_corrections_v_rels\` (\`profiles_id\`);`)
  await db.run(sql`CREATE TABLE \`site_changes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`doc_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_changes_updated_at_idx\` ON \`site_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_changes_created_at_idx\` ON \`site_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`paper_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text DEFAULT '县域新闻' NOT NULL,
  	\`short_name\` text,
  	\`masthead\` text,
  	\`logo_id\` integer,
  	\`description\` text,
  	\`area_id\` integer,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`dateline\` text DEFAULT '本报讯' NOT NULL,
  	\`site_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`area_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`paper_settings_logo_idx\` ON \`paper_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`paper_settings_area_idx\` ON \`paper_settings\` (\`area_id\`);`)
  await db.run(sql`CREATE TABLE \`fee_rates_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'article' NOT NULL,
  	\`up_to_chars\` numeric,
  	\`amount\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fee_rates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fee_rates_bands_order_idx\` ON \`fee_rates_bands\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fee_rates_bands_parent_id_idx\` ON \`fee_rates_bands\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fee_rates\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`per_photo\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles_bylines\` ADD \`fee\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`county_id\` integer REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`prefecture_id\` integer REFERENCES regions(id);`)
  await db.run(sql`CREATE INDEX \`articles_county_idx\` ON \`articles\` (\`county_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_prefecture_idx\` ON \`articles\` (\`prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`county__status_publishedAt_idx\` ON \`articles\` (\`county_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_updatedAt_idx\` ON \`articles\` (\`workflow\`,\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_bylines\` ADD \`fee\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_county_id\` integer REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_prefecture_id\` integer REFERENCES regions(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_county_idx\` ON \`_articles_v\` (\`version_county_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_prefecture_idx\` ON \`_articles_v\` (\`version_prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`version_county_version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version_county_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_workflow_version_updatedAt_idx\` ON \`_articles_v\` (\`version_workflow\`,\`version_updated_at\`);`)
  await db.run(sql`ALTER TABLE \`profiles\` ADD \`compiler_fee\` numeric;`)
  await db.run(sql`ALTER TABLE \`profiles\` ADD \`county_id\` integer REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`profiles\` ADD \`prefecture_id\` integer REFERENCES regions(id);`)
  await db.run(sql`CREATE INDEX \`profiles_county_idx\` ON \`profiles\` (\`county_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_prefecture_idx\` ON \`profiles\` (\`prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`county__status_publishedAt_1_idx\` ON \`profiles\` (\`county_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`profiles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_updatedAt_1_idx\` ON \`profiles\` (\`workflow\`,\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` ADD \`version_compiler_fee\` numeric;`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` ADD \`version_county_id\` integer REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` ADD \`version_prefecture_id\` integer REFERENCES regions(id);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_county_idx\` ON \`_profiles_v\` (\`version_county_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_prefecture_idx\` ON \`_profiles_v\` (\`version_prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`version_county_version__status_version_publishedAt_1_idx\` ON \`_profiles_v\` (\`version_county_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_profiles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_workflow_version_updatedAt_1_idx\` ON \`_profiles_v\` (\`version_workflow\`,\`version_updated_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`search_name\` text;`)
  await db.run(sql`CREATE INDEX \`media_search_name_idx\` ON \`media\` (\`search_name\`);`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`search_name\` text;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_phone\` text;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_bank_account_holder\` text;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_bank_name\` text;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_bank_account\` text;`)
  await db.run(sql`CREATE INDEX \`contributors_search_name_idx\` ON \`contributors\` (\`search_name\`);`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`search_name\` text;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`code\` text;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`official_name\` text;`)
  await db.run(sql`CREATE INDEX \`regions_search_name_idx\` ON \`regions\` (\`search_name\`);`)
  await db.run(sql`CREATE INDEX \`regions_code_idx\` ON \`regions\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrections_id\` integer REFERENCES corrections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_changes_id\` integer REFERENCES site_changes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`profiles_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v_version_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`DROP TABLE \`corrections_rels\`;`)
  await db.run(sql`DROP TABLE \`_corrections_v\`;`)
  await db.run(sql`DROP TABLE \`_corrections_v_rels\`;`)
  await db.run(sql`DROP TABLE \`site_changes\`;`)
  await db.run(sql`DROP TABLE \`paper_settings\`;`)
  await db.run(sql`DROP TABLE \`fee_rates_bands\`;`)
  await db.run(sql`DROP TABLE \`fee_rates\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kicker\` text,
  	\`title\` text,
  	\`subtitle\` text,
  	\`dateline\` text DEFAULT '本报讯',
  	\`lead_photo_id\` integer,
  	\`body\` text,
  	\`slug\` text,
  	\`workflow\` text DEFAULT 'drafting',
  	\`published_at\` text,
  	\`column_id\` integer,
  	\`created_by_id\` integer,
  	\`desk_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`lead_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "kicker", "title", "subtitle", "dateline", "lead_photo_id", "body", "slug", "workflow", "published_at", "column_id", "created_by_id", "desk_notes", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "kicker", "title", "subtitle", "dateline", "lead_photo_id", "body", "slug", "workflow", "published_at", "column_id", "created_by_id", "desk_notes", "updated_at", "created_at", "deleted_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_lead_photo_idx\` ON \`articles\` (\`lead_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_idx\` ON \`articles\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_column_idx\` ON \`articles\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_deleted_at_idx\` ON \`articles\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_kicker\` text,
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_dateline\` text DEFAULT '本报讯',
  	\`version_lead_photo_id\` integer,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_workflow\` text DEFAULT 'drafting',
  	\`version_published_at\` text,
  	\`version_column_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_desk_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lead_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_dateline", "version_lead_photo_id", "version_body", "version_slug", "version_workflow", "version_published_at", "version_column_id", "version_created_by_id", "version_desk_notes", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_dateline", "version_lead_photo_id", "version_body", "version_slug", "version_workflow", "version_published_at", "version_column_id", "version_created_by_id", "version_desk_notes", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_lead_photo_idx\` ON \`_articles_v\` (\`version_lead_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_idx\` ON \`_articles_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_column_idx\` ON \`_articles_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_deleted_at_idx\` ON \`_articles_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_profiles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kicker\` text,
  	\`title\` text,
  	\`subtitle\` text,
  	\`narrator_contributor_id\` integer,
  	\`narrator_age\` numeric,
  	\`narrator_occupation\` text,
  	\`narrator_region_id\` integer,
  	\`compiler_id\` integer,
  	\`slug\` text,
  	\`workflow\` text DEFAULT 'drafting',
  	\`published_at\` text,
  	\`column_id\` integer,
  	\`created_by_id\` integer,
  	\`desk_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`narrator_contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`narrator_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`compiler_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_profiles\`("id", "kicker", "title", "subtitle", "narrator_contributor_id", "narrator_age", "narrator_occupation", "narrator_region_id", "compiler_id", "slug", "workflow", "published_at", "column_id", "created_by_id", "desk_notes", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "kicker", "title", "subtitle", "narrator_contributor_id", "narrator_age", "narrator_occupation", "narrator_region_id", "compiler_id", "slug", "workflow", "published_at", "column_id", "created_by_id", "desk_notes", "updated_at", "created_at", "deleted_at", "_status" FROM \`profiles\`;`)
  await db.run(sql`DROP TABLE \`profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_profiles\` RENAME TO \`profiles\`;`)
  await db.run(sql`CREATE INDEX \`profiles_narrator_narrator_contributor_idx\` ON \`profiles\` (\`narrator_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_narrator_narrator_region_idx\` ON \`profiles\` (\`narrator_region_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_compiler_idx\` ON \`profiles\` (\`compiler_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_slug_idx\` ON \`profiles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`profiles_workflow_idx\` ON \`profiles\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`profiles_published_at_idx\` ON \`profiles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles_column_idx\` ON \`profiles\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_created_by_idx\` ON \`profiles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_updated_at_idx\` ON \`profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles_created_at_idx\` ON \`profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles_deleted_at_idx\` ON \`profiles\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles__status_idx\` ON \`profiles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__profiles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_kicker\` text,
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_narrator_contributor_id\` integer,
  	\`version_narrator_age\` numeric,
  	\`version_narrator_occupation\` text,
  	\`version_narrator_region_id\` integer,
  	\`version_compiler_id\` integer,
  	\`version_slug\` text,
  	\`version_workflow\` text DEFAULT 'drafting',
  	\`version_published_at\` text,
  	\`version_column_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_desk_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_narrator_contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_narrator_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_compiler_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__profiles_v\`("id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_narrator_contributor_id", "version_narrator_age", "version_narrator_occupation", "version_narrator_region_id", "version_compiler_id", "version_slug", "version_workflow", "version_published_at", "version_column_id", "version_created_by_id", "version_desk_notes", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_narrator_contributor_id", "version_narrator_age", "version_narrator_occupation", "version_narrator_region_id", "version_compiler_id", "version_slug", "version_workflow", "version_published_at", "version_column_id", "version_created_by_id", "version_desk_notes", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__profiles_v\` RENAME TO \`_profiles_v\`;`)
  await db.run(sql`CREATE INDEX \`_profiles_v_parent_idx\` ON \`_profiles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_narrator_version_narrator_contributo_idx\` ON \`_profiles_v\` (\`version_narrator_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_narrator_version_narrator_region_idx\` ON \`_profiles_v\` (\`version_narrator_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_compiler_idx\` ON \`_profiles_v\` (\`version_compiler_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_slug_idx\` ON \`_profiles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_workflow_idx\` ON \`_profiles_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_published_at_idx\` ON \`_profiles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_column_idx\` ON \`_profiles_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_created_by_idx\` ON \`_profiles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_updated_at_idx\` ON \`_profiles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_created_at_idx\` ON \`_profiles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_deleted_at_idx\` ON \`_profiles_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version__status_idx\` ON \`_profiles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_created_at_idx\` ON \`_profiles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_updated_at_idx\` ON \`_profiles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_latest_idx\` ON \`_profiles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_autosave_idx\` ON \`_profiles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`profiles_id\` integer,
  	\`editions_id\` integer,
  	\`media_id\` integer,
  	\`contributors_id\` integer,
  	\`regions_id\` integer,
  	\`columns_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profiles_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "profiles_id", "editions_id", "media_id", "contributors_id", "regions_id", "columns_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "profiles_id", "editions_id", "media_id", "contributors_id", "regions_id", "columns_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contributors_id_idx\` ON \`payload_locked_documents_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`media_search_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`search_name\`;`)
  await db.run(sql`DROP INDEX \`contributors_search_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`search_name\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`active\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_phone\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_bank_account_holder\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_bank_name\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_bank_account\`;`)
  await db.run(sql`DROP INDEX \`regions_search_name_idx\`;`)
  await db.run(sql`DROP INDEX \`regions_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`search_name\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`code\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`official_name\`;`)
  await db.run(sql`ALTER TABLE \`articles_bylines\` DROP COLUMN \`fee\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_bylines\` DROP COLUMN \`fee\`;`)
}
