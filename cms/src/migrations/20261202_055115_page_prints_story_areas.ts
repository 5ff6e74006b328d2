import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editions_pages_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`x\` numeric,
  	\`y\` numeric,
  	\`w\` numeric,
  	\`h\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_pages_areas_order_idx\` ON \`editions_pages_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_pages_areas_parent_id_idx\` ON \`editions_pages_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_pages_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`x\` numeric,
  	\`y\` numeric,
  	\`w\` numeric,
  	\`h\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v_version_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_pages_areas_order_idx\` ON \`_editions_v_version_pages_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_pages_areas_parent_id_idx\` ON \`_editions_v_version_pages_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`page_prints\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`pdf_filename\` text,
  	\`pdf_filesize\` numeric,
  	\`text_layer\` text,
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
  	\`sizes_full_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`page_prints_updated_at_idx\` ON \`page_prints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_created_at_idx\` ON \`page_prints\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`page_prints_filename_idx\` ON \`page_prints\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_thumbnail_avif_sizes_thumbnail_avif_fi_idx\` ON \`page_prints\` (\`sizes_thumbnail_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_thumbnail_webp_sizes_thumbnail_webp_fi_idx\` ON \`page_prints\` (\`sizes_thumbnail_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`page_prints\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`page_prints\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_card_webp_sizes_card_webp_filename_idx\` ON \`page_prints\` (\`sizes_card_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_card_sizes_card_filename_idx\` ON \`page_prints\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_full_avif_sizes_full_avif_filename_idx\` ON \`page_prints\` (\`sizes_full_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_full_webp_sizes_full_webp_filename_idx\` ON \`page_prints\` (\`sizes_full_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`page_prints_sizes_full_sizes_full_filename_idx\` ON \`page_prints\` (\`sizes_full_filename\`);`)
  await db.run(sql`ALTER TABLE \`editions_pages\` ADD \`print_id\` integer REFERENCES page_prints(id);`)
  await db.run(sql`ALTER TABLE \`editions_pages\` ADD \`area_report\` text;`)
  await db.run(sql`CREATE INDEX \`editions_pages_print_idx\` ON \`editions_pages\` (\`print_id\`);`)
  await db.run(sql`ALTER TABLE \`_editions_v_version_pages\` ADD \`print_id\` integer REFERENCES page_prints(id);`)
  await db.run(sql`ALTER TABLE \`_editions_v_version_pages\` ADD \`area_report\` text;`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_pages_print_idx\` ON \`_editions_v_version_pages\` (\`print_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_prints_id\` integer REFERENCES page_prints(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_prints_id_idx\` ON \`payload_locked_documents_rels\` (\`page_prints_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editions_pages_areas\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_pages_areas\`;`)
  await db.run(sql`DROP TABLE \`page_prints\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_editions_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_editions_pages\`("_order", "_parent_id", "id", "number", "name") SELECT "_order", "_parent_id", "id", "number", "name" FROM \`editions_pages\`;`)
  await db.run(sql`DROP TABLE \`editions_pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_editions_pages\` RENAME TO \`editions_pages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`editions_pages_order_idx\` ON \`editions_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_pages_parent_id_idx\` ON \`editions_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__editions_v_version_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` numeric,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__editions_v_version_pages\`("_order", "_parent_id", "id", "number", "name", "_uuid") SELECT "_order", "_parent_id", "id", "number", "name", "_uuid" FROM \`_editions_v_version_pages\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_pages\`;`)
  await db.run(sql`ALTER TABLE \`__new__editions_v_version_pages\` RENAME TO \`_editions_v_version_pages\`;`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_pages_order_idx\` ON \`_editions_v_version_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_pages_parent_id_idx\` ON \`_editions_v_version_pages\` (\`_parent_id\`);`)
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
  	\`proofreading_terms_id\` integer,
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
  	FOREIGN KEY (\`proofreading_terms_id\`) REFERENCES \`proofreading_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "profiles_id", "editions_id", "corrections_id", "media_id", "contributors_id", "regions_id", "columns_id", "proofreading_terms_id", "users_id", "site_changes_id") SELECT "id", "order", "parent_id", "path", "articles_id", "profiles_id", "editions_id", "corrections_id", "media_id", "contributors_id", "regions_id", "columns_id", "proofreading_terms_id", "users_id", "site_changes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proofreading_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`proofreading_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
}
