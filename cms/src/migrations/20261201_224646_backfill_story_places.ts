import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { replaceStories } from '../lib/replaceStories'
import { STORY_COLLECTIONS } from '../lib/storyOwnership'

/** Fills in the county and prefecture of every story already in the archive. */
export async function up({ req }: MigrateUpArgs): Promise<void> {
  for (const collection of STORY_COLLECTIONS) {
    await replaceStories(req, collection, {})
  }
}

/** The columns go with the previous migration's down. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
