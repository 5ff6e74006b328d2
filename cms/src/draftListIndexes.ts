import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/** Stories' versions tables: every admin list of stories reads them. */
const VERSIONS_TABLES = ['_articles_v', '_profiles_v'] as const

/**
 * Indexes for the newsroom's lists of stories, on SQLite. The admin lists drafts-enabled
 * collections from their versions tables: `latest = 1`, `version_deleted_at IS NULL` (not in the
 * trash), ordered by the chosen column and then the version row's own `created_at`, which Payload
 * adds as a tie-break — and it counts the same rows for the pager. A collection's `indexes` can
 * only name version fields, never `latest` or the row's `created_at`, so SQLite answered with its
 * `latest` index: half the versions table looked up, sorted, each row's arrays built before the
 * sort — 2 s at 100,000 stories. With these, the page is the first rows of an index and the count
 * reads the index alone. Declared through the adapter's schema hook, so migrations carry them.
 */
export const draftListIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const name of VERSIONS_TABLES) {
    const table = schema.tables[name]
    if (!table) continue
    extendTable({
      table,
      extraConfig: (t) => ({
        // The list, last changed first (defaultSort -updatedAt), and its count.
        [`${name}_latest_updated_idx`]: index(`${name}_latest_updated_idx`).on(
          t.latest,
          t.version_deletedAt,
          t.version_updatedAt,
          t.createdAt,
        ),
        // The desk's queues and the list filtered by 稿件状态, in the order stories entered it.
        [`${name}_latest_workflow_idx`]: index(`${name}_latest_workflow_idx`).on(
          t.latest,
          t.version_workflow,
          t.version_deletedAt,
          t.version_stageEnteredAt,
          t.createdAt,
        ),
      }),
    })
  }
  return schema
}
