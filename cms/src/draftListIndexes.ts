import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index, type SQLiteColumn } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

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
      // The adapter types a table's columns as `any`: they are built from the config at boot.
      extraConfig: (t: Record<string, SQLiteColumn>) => ({
        // The list, last changed first (defaultSort -updatedAt), and its count. The headline
        // lines ride along for the list's search box (listSearchableFields): `LIKE '%…%'` can use
        // no index, but it can test them here instead of reading every story's row (2 GB at
        // 100,000 stories, bodies included) — 0.2 s instead of 4 s there.
        [`${name}_latest_updated_idx`]: index(`${name}_latest_updated_idx`).on(
          t.latest,
          t.version_deletedAt,
          t.version_updatedAt,
          t.createdAt,
          t.version_title,
          t.version_kicker,
          t.version_subtitle,
        ),
        // The list filtered by 稿件状态 (the desk's 已交稿), last changed first.
        [`${name}_latest_workflow_updated_idx`]: index(`${name}_latest_workflow_updated_idx`).on(
          t.latest,
          t.version_workflow,
          t.version_deletedAt,
          t.version_updatedAt,
          t.createdAt,
        ),
        // The review queues (lib/reviewQueues.ts): a stage's stories in the order they entered it…
        [`${name}_latest_workflow_stage_idx`]: index(`${name}_latest_workflow_stage_idx`).on(
          t.latest,
          t.version_workflow,
          t.version_deletedAt,
          t.version_stageEnteredAt,
          t.createdAt,
        ),
        // …and those signed off but not yet live, among an archive where nearly every story is
        // signed off and live.
        [`${name}_latest_workflow_status_stage_idx`]: index(
          `${name}_latest_workflow_status_stage_idx`,
        ).on(
          t.latest,
          t.version_workflow,
          t.version__status,
          t.version_deletedAt,
          t.version_stageEnteredAt,
          t.createdAt,
        ),
      }),
    })
  }
  return schema
}
