import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_bylines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`contributor_id\` integer,
  	\`role\` text DEFAULT 'reporter',
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_bylines_order_idx\` ON \`articles_bylines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_bylines_parent_id_idx\` ON \`articles_bylines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_bylines_contributor_idx\` ON \`articles_bylines\` (\`contributor_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
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
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_regions_id_idx\` ON \`articles_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_bylines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`contributor_id\` integer,
  	\`role\` text DEFAULT 'reporter',
  	\`_uuid\` text,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_bylines_order_idx\` ON \`_articles_v_version_bylines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_bylines_parent_id_idx\` ON \`_articles_v_version_bylines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_bylines_contributor_idx\` ON \`_articles_v_version_bylines\` (\`contributor_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
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
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_regions_id_idx\` ON \`_articles_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`profiles_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`subheading\` text,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`profiles_chapters_order_idx\` ON \`profiles_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`profiles_chapters_parent_id_idx\` ON \`profiles_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`profiles\` (
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
  await db.run(sql`CREATE TABLE \`profiles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`profiles_rels_order_idx\` ON \`profiles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`profiles_rels_parent_idx\` ON \`profiles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_rels_path_idx\` ON \`profiles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`profiles_rels_media_id_idx\` ON \`profiles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_rels_regions_id_idx\` ON \`profiles_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_profiles_v_version_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`subheading\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_chapters_order_idx\` ON \`_profiles_v_version_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_chapters_parent_id_idx\` ON \`_profiles_v_version_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_profiles_v\` (
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
  await db.run(sql`CREATE TABLE \`_profiles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_profiles_v_rels_order_idx\` ON \`_profiles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_rels_parent_idx\` ON \`_profiles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_rels_path_idx\` ON \`_profiles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_rels_media_id_idx\` ON \`_profiles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_rels_regions_id_idx\` ON \`_profiles_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_pages_order_idx\` ON \`editions_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_pages_parent_id_idx\` ON \`editions_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`date\` text,
  	\`number\` numeric,
  	\`title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_date_idx\` ON \`editions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`editions_updated_at_idx\` ON \`editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editions_created_at_idx\` ON \`editions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`editions_deleted_at_idx\` ON \`editions\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`editions__status_idx\` ON \`editions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`editions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`profiles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profiles_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_rels_order_idx\` ON \`editions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`editions_rels_parent_idx\` ON \`editions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_rels_path_idx\` ON \`editions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`editions_rels_articles_id_idx\` ON \`editions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_rels_profiles_id_idx\` ON \`editions_rels\` (\`profiles_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` numeric,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_pages_order_idx\` ON \`_editions_v_version_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_pages_parent_id_idx\` ON \`_editions_v_version_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text,
  	\`version_number\` numeric,
  	\`version_title\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_parent_idx\` ON \`_editions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_date_idx\` ON \`_editions_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_updated_at_idx\` ON \`_editions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_created_at_idx\` ON \`_editions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_deleted_at_idx\` ON \`_editions_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version__status_idx\` ON \`_editions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_created_at_idx\` ON \`_editions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_updated_at_idx\` ON \`_editions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_latest_idx\` ON \`_editions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_autosave_idx\` ON \`_editions_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`profiles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profiles_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_order_idx\` ON \`_editions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_parent_idx\` ON \`_editions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_path_idx\` ON \`_editions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_articles_id_idx\` ON \`_editions_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_profiles_id_idx\` ON \`_editions_v_rels\` (\`profiles_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`photographer_id\` integer,
  	\`credit_text\` text,
  	\`date_taken\` text,
  	\`region_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_avif_url\` text,
  	\`sizes_thumbnail_avif_width\` numeric,
  	\`sizes_thumbnail_avif_height\` numeric,
  	\`sizes_thumbnail_avif_mime_type\` text,
  	\`sizes_thumbnail_avif_filesize\` numeric,
  	\`sizes_thumbnail_avif_filename\` text,
  	\`sizes_thumbnail_webp_url\` text,
  	\`sizes_thumbnail_webp_width\` numeric,
  	\`sizes_thumbnail_webp_height\` numeric,
  	\`sizes_thumbnail_webp_mime_type\` text,
  	\`sizes_thumbnail_webp_filesize\` numeric,
  	\`sizes_thumbnail_webp_filename\` text,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_avif_url\` text,
  	\`sizes_card_avif_width\` numeric,
  	\`sizes_card_avif_height\` numeric,
  	\`sizes_card_avif_mime_type\` text,
  	\`sizes_card_avif_filesize\` numeric,
  	\`sizes_card_avif_filename\` text,
  	\`sizes_card_webp_url\` text,
  	\`sizes_card_webp_width\` numeric,
  	\`sizes_card_webp_height\` numeric,
  	\`sizes_card_webp_mime_type\` text,
  	\`sizes_card_webp_filesize\` numeric,
  	\`sizes_card_webp_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_full_avif_url\` text,
  	\`sizes_full_avif_width\` numeric,
  	\`sizes_full_avif_height\` numeric,
  	\`sizes_full_avif_mime_type\` text,
  	\`sizes_full_avif_filesize\` numeric,
  	\`sizes_full_avif_filename\` text,
  	\`sizes_full_webp_url\` text,
  	\`sizes_full_webp_width\` numeric,
  	\`sizes_full_webp_height\` numeric,
  	\`sizes_full_webp_mime_type\` text,
  	\`sizes_full_webp_filesize\` numeric,
  	\`sizes_full_webp_filename\` text,
  	\`sizes_full_url\` text,
  	\`sizes_full_width\` numeric,
  	\`sizes_full_height\` numeric,
  	\`sizes_full_mime_type\` text,
  	\`sizes_full_filesize\` numeric,
  	\`sizes_full_filename\` text,
  	FOREIGN KEY (\`photographer_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_photographer_idx\` ON \`media\` (\`photographer_id\`);`)
  await db.run(sql`CREATE INDEX \`media_region_idx\` ON \`media\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_avif_sizes_thumbnail_avif_filename_idx\` ON \`media\` (\`sizes_thumbnail_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx\` ON \`media\` (\`sizes_thumbnail_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`media\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_webp_sizes_card_webp_filename_idx\` ON \`media\` (\`sizes_card_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_full_avif_sizes_full_avif_filename_idx\` ON \`media\` (\`sizes_full_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_full_webp_sizes_full_webp_filename_idx\` ON \`media\` (\`sizes_full_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_full_sizes_full_filename_idx\` ON \`media\` (\`sizes_full_filename\`);`)
  await db.run(sql`CREATE TABLE \`contributors\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`default_role\` text DEFAULT 'correspondent' NOT NULL,
  	\`affiliation\` text,
  	\`bio\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`contributors_name_idx\` ON \`contributors\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`contributors_slug_idx\` ON \`contributors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contributors_updated_at_idx\` ON \`contributors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contributors_created_at_idx\` ON \`contributors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`level\` text NOT NULL,
  	\`parent_id\` integer,
  	\`county_id\` integer,
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_name_idx\` ON \`regions\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_parent_idx\` ON \`regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_county_idx\` ON \`regions\` (\`county_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`columns\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`columns_name_idx\` ON \`columns\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`columns_slug_idx\` ON \`columns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`columns_updated_at_idx\` ON \`columns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`columns_created_at_idx\` ON \`columns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'reporter' NOT NULL,
  	\`contributor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_contributor_idx\` ON \`users\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_bylines\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_bylines\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`profiles_chapters\`;`)
  await db.run(sql`DROP TABLE \`profiles\`;`)
  await db.run(sql`DROP TABLE \`profiles_rels\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v_version_chapters\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`editions_pages\`;`)
  await db.run(sql`DROP TABLE \`editions\`;`)
  await db.run(sql`DROP TABLE \`editions_rels\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_pages\`;`)
  await db.run(sql`DROP TABLE \`_editions_v\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`contributors\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`columns\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
