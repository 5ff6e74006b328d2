import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`profiles\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`profiles_last_edited_by_idx\` ON \`profiles\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_last_edited_by_idx\` ON \`_profiles_v\` (\`version_last_edited_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`county_id\` integer,
  	\`prefecture_id\` integer,
  	\`column_id\` integer,
  	\`created_by_id\` integer,
  	\`desk_notes\` text,
  	\`returned_reason\` text,
  	\`stage_entered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`lead_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`prefecture_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "kicker", "title", "subtitle", "dateline", "lead_photo_id", "body", "slug", "workflow", "published_at", "county_id", "prefecture_id", "column_id", "created_by_id", "desk_notes", "returned_reason", "stage_entered_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "kicker", "title", "subtitle", "dateline", "lead_photo_id", "body", "slug", "workflow", "published_at", "county_id", "prefecture_id", "column_id", "created_by_id", "desk_notes", "returned_reason", "stage_entered_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_lead_photo_idx\` ON \`articles\` (\`lead_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_idx\` ON \`articles\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_county_idx\` ON \`articles\` (\`county_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_prefecture_idx\` ON \`articles\` (\`prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_column_idx\` ON \`articles\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_stage_entered_at_idx\` ON \`articles\` (\`stage_entered_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_deleted_at_idx\` ON \`articles\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`county__status_publishedAt_idx\` ON \`articles\` (\`county_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_updatedAt_idx\` ON \`articles\` (\`workflow\`,\`updated_at\`);`)
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
  	\`version_county_id\` integer,
  	\`version_prefecture_id\` integer,
  	\`version_column_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_desk_notes\` text,
  	\`version_returned_reason\` text,
  	\`version_stage_entered_at\` text,
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
  	FOREIGN KEY (\`version_county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_prefecture_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_dateline", "version_lead_photo_id", "version_body", "version_slug", "version_workflow", "version_published_at", "version_county_id", "version_prefecture_id", "version_column_id", "version_created_by_id", "version_desk_notes", "version_returned_reason", "version_stage_entered_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_dateline", "version_lead_photo_id", "version_body", "version_slug", "version_workflow", "version_published_at", "version_county_id", "version_prefecture_id", "version_column_id", "version_created_by_id", "version_desk_notes", "version_returned_reason", "version_stage_entered_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_lead_photo_idx\` ON \`_articles_v\` (\`version_lead_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_idx\` ON \`_articles_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_county_idx\` ON \`_articles_v\` (\`version_county_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_prefecture_idx\` ON \`_articles_v\` (\`version_prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_column_idx\` ON \`_articles_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_stage_entered_at_idx\` ON \`_articles_v\` (\`version_stage_entered_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_deleted_at_idx\` ON \`_articles_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version_county_version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version_county_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_workflow_version_updatedAt_idx\` ON \`_articles_v\` (\`version_workflow\`,\`version_updated_at\`);`)
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
  	\`compiler_fee\` numeric,
  	\`slug\` text,
  	\`workflow\` text DEFAULT 'drafting',
  	\`published_at\` text,
  	\`county_id\` integer,
  	\`prefecture_id\` integer,
  	\`column_id\` integer,
  	\`created_by_id\` integer,
  	\`desk_notes\` text,
  	\`returned_reason\` text,
  	\`stage_entered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`narrator_contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`narrator_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`compiler_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`prefecture_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_profiles\`("id", "kicker", "title", "subtitle", "narrator_contributor_id", "narrator_age", "narrator_occupation", "narrator_region_id", "compiler_id", "compiler_fee", "slug", "workflow", "published_at", "county_id", "prefecture_id", "column_id", "created_by_id", "desk_notes", "returned_reason", "stage_entered_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "kicker", "title", "subtitle", "narrator_contributor_id", "narrator_age", "narrator_occupation", "narrator_region_id", "compiler_id", "compiler_fee", "slug", "workflow", "published_at", "county_id", "prefecture_id", "column_id", "created_by_id", "desk_notes", "returned_reason", "stage_entered_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`profiles\`;`)
  await db.run(sql`DROP TABLE \`profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_profiles\` RENAME TO \`profiles\`;`)
  await db.run(sql`CREATE INDEX \`profiles_narrator_narrator_contributor_idx\` ON \`profiles\` (\`narrator_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_narrator_narrator_region_idx\` ON \`profiles\` (\`narrator_region_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_compiler_idx\` ON \`profiles\` (\`compiler_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_slug_idx\` ON \`profiles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`profiles_workflow_idx\` ON \`profiles\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`profiles_published_at_idx\` ON \`profiles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles_county_idx\` ON \`profiles\` (\`county_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_prefecture_idx\` ON \`profiles\` (\`prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_column_idx\` ON \`profiles\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_created_by_idx\` ON \`profiles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`profiles_stage_entered_at_idx\` ON \`profiles\` (\`stage_entered_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles_updated_at_idx\` ON \`profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles_created_at_idx\` ON \`profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles_deleted_at_idx\` ON \`profiles\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`profiles__status_idx\` ON \`profiles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`county__status_publishedAt_1_idx\` ON \`profiles\` (\`county_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`profiles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_updatedAt_1_idx\` ON \`profiles\` (\`workflow\`,\`updated_at\`);`)
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
  	\`version_compiler_fee\` numeric,
  	\`version_slug\` text,
  	\`version_workflow\` text DEFAULT 'drafting',
  	\`version_published_at\` text,
  	\`version_county_id\` integer,
  	\`version_prefecture_id\` integer,
  	\`version_column_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_desk_notes\` text,
  	\`version_returned_reason\` text,
  	\`version_stage_entered_at\` text,
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
  	FOREIGN KEY (\`version_county_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_prefecture_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__profiles_v\`("id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_narrator_contributor_id", "version_narrator_age", "version_narrator_occupation", "version_narrator_region_id", "version_compiler_id", "version_compiler_fee", "version_slug", "version_workflow", "version_published_at", "version_county_id", "version_prefecture_id", "version_column_id", "version_created_by_id", "version_desk_notes", "version_returned_reason", "version_stage_entered_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_kicker", "version_title", "version_subtitle", "version_narrator_contributor_id", "version_narrator_age", "version_narrator_occupation", "version_narrator_region_id", "version_compiler_id", "version_compiler_fee", "version_slug", "version_workflow", "version_published_at", "version_county_id", "version_prefecture_id", "version_column_id", "version_created_by_id", "version_desk_notes", "version_returned_reason", "version_stage_entered_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__profiles_v\` RENAME TO \`_profiles_v\`;`)
  await db.run(sql`CREATE INDEX \`_profiles_v_parent_idx\` ON \`_profiles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_narrator_version_narrator_contributo_idx\` ON \`_profiles_v\` (\`version_narrator_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_narrator_version_narrator_region_idx\` ON \`_profiles_v\` (\`version_narrator_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_compiler_idx\` ON \`_profiles_v\` (\`version_compiler_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_slug_idx\` ON \`_profiles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_workflow_idx\` ON \`_profiles_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_published_at_idx\` ON \`_profiles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_county_idx\` ON \`_profiles_v\` (\`version_county_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_prefecture_idx\` ON \`_profiles_v\` (\`version_prefecture_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_column_idx\` ON \`_profiles_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_created_by_idx\` ON \`_profiles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_stage_entered_at_idx\` ON \`_profiles_v\` (\`version_stage_entered_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_updated_at_idx\` ON \`_profiles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_created_at_idx\` ON \`_profiles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version_deleted_at_idx\` ON \`_profiles_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_version_version__status_idx\` ON \`_profiles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_created_at_idx\` ON \`_profiles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_updated_at_idx\` ON \`_profiles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_latest_idx\` ON \`_profiles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_autosave_idx\` ON \`_profiles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version_county_version__status_version_publishedAt_1_idx\` ON \`_profiles_v\` (\`version_county_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_profiles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_workflow_version_updatedAt_1_idx\` ON \`_profiles_v\` (\`version_workflow\`,\`version_updated_at\`);`)
}
