import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`regions\` ADD \`code\` text;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`official_name\` text;`)
  await db.run(sql`CREATE INDEX \`regions_code_idx\` ON \`regions\` (\`code\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`paper_settings\`;`)
  await db.run(sql`DROP INDEX \`regions_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`code\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`official_name\`;`)
}
