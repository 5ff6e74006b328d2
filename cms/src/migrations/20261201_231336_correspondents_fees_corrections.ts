import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`_articles_v_version_bylines\` ADD \`fee\` numeric;`)
  await db.run(sql`ALTER TABLE \`profiles\` ADD \`compiler_fee\` numeric;`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` ADD \`version_compiler_fee\` numeric;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_phone\` text;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_bank_account_holder\` text;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_bank_name\` text;`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`private_details_bank_account\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrections_id\` integer REFERENCES corrections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`DROP TABLE \`corrections_rels\`;`)
  await db.run(sql`DROP TABLE \`_corrections_v\`;`)
  await db.run(sql`DROP TABLE \`_corrections_v_rels\`;`)
  await db.run(sql`DROP TABLE \`fee_rates_bands\`;`)
  await db.run(sql`DROP TABLE \`fee_rates\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`articles_bylines\` DROP COLUMN \`fee\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_bylines\` DROP COLUMN \`fee\`;`)
  await db.run(sql`ALTER TABLE \`profiles\` DROP COLUMN \`compiler_fee\`;`)
  await db.run(sql`ALTER TABLE \`_profiles_v\` DROP COLUMN \`version_compiler_fee\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`active\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_phone\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_bank_account_holder\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_bank_name\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`private_details_bank_account\`;`)
}
