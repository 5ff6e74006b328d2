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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_changes_id\` integer REFERENCES site_changes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`profiles_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`_profiles_v_version_former_addresses\`;`)
  await db.run(sql`DROP TABLE \`site_changes\`;`)
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
}
