import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { replaceStories } from '../lib/replaceStories'
import { withPinyin } from '../lib/slugify'
import { STORY_COLLECTIONS } from '../lib/storyOwnership'

const PAGE = 500

/**
 * Fills in what the previous migration added, for an archive that already exists: every story's
 * county and prefecture, and the pinyin names the admin's pickers search. Written through the
 * database adapter: no new versions, no hooks, no site build.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (const collection of STORY_COLLECTIONS) {
    await replaceStories(req, collection, {})
  }
  const named = [
    { collection: 'contributors', from: 'name', kind: 'name' },
    { collection: 'regions', from: 'name', kind: 'place' },
    { collection: 'media', from: 'alt', kind: 'text' },
  ] as const
  for (const { collection, from, kind } of named) {
    for (let page = 1, more = true; more; page++) {
      const result = await payload.find({
        collection,
        select: { [from]: true },
        sort: 'id',
        depth: 0,
        limit: PAGE,
        page,
        overrideAccess: true,
        req,
      })
      for (const doc of result.docs) {
        const source = (doc as unknown as Record<string, unknown>)[from]
        if (typeof source !== 'string') continue
        await payload.db.updateOne({
          collection,
          id: doc.id,
          data: { searchName: withPinyin(source, { kind }) },
          req,
        })
      }
      more = result.hasNextPage
    }
  }
}

/** The columns go with the previous migration's down. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
