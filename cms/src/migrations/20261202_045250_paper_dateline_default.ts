import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * A story's dateline now defaults to 报社设置's (a default Payload computes, so the schema no
 * longer declares the column default '本报讯'). The columns keep that default in the database:
 * Payload writes the dateline of every story it creates, so it never applies, and dropping it
 * would make SQLite copy the articles table and every version of every story, the whole archive,
 * at upgrade. This migration only records the schema (its .json) for the ones after it.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
