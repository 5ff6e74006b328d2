import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_articles_v_latest_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`,\`version_title\`,\`version_kicker\`,\`version_subtitle\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_workflow_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_workflow\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_workflow_stage_idx\` ON \`_articles_v\` (\`latest\`,\`version_workflow\`,\`version_deleted_at\`,\`version_stage_entered_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_workflow_status_stage_idx\` ON \`_articles_v\` (\`latest\`,\`version_workflow\`,\`version__status\`,\`version_deleted_at\`,\`version_stage_entered_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_latest_updated_idx\` ON \`_profiles_v\` (\`latest\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`,\`version_title\`,\`version_kicker\`,\`version_subtitle\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_latest_workflow_updated_idx\` ON \`_profiles_v\` (\`latest\`,\`version_workflow\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_latest_workflow_stage_idx\` ON \`_profiles_v\` (\`latest\`,\`version_workflow\`,\`version_deleted_at\`,\`version_stage_entered_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_profiles_v_latest_workflow_status_stage_idx\` ON \`_profiles_v\` (\`latest\`,\`version_workflow\`,\`version__status\`,\`version_deleted_at\`,\`version_stage_entered_at\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_articles_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_workflow_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_workflow_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_workflow_status_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`_profiles_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_profiles_v_latest_workflow_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_profiles_v_latest_workflow_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`_profiles_v_latest_workflow_status_stage_idx\`;`)
}
