import { sqliteAdapter, sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { migrations } from '@/migrations'
import { relationId } from '@/lib/relationId'

/**
 * An archive made by the previous schema — the committed initial migration, filled with stories,
 * versions, bylines and regions as that schema stored them — migrated to the current one. SQLite
 * only: MongoDB has no schema to migrate, and its indexes are built from the same configs at start.
 */
const sqlite = process.env.TEST_DATABASE !== 'mongodb'

let payload: Payload
let queries: { query: string; params: unknown[] }[] = []

const adapter = () => payload.db as unknown as SQLiteAdapter
const run = (statement: string) => adapter().drizzle.run(sql.raw(statement))
const rows = <T>(statement: string): Promise<T[]> => adapter().drizzle.all<T>(sql.raw(statement))
/** The committed migrations, typed as the adapter takes them (the generated index is untyped). */
const committed = migrations as unknown as NonNullable<
  Parameters<Payload['db']['migrate']>[0]
>['migrations'] &
  object

/** Rows as the initial schema held them: 3 regions, 1 contributor, 2 live stories and a draft. */
const PREVIOUS_SCHEMA_ROWS = [
  `INSERT INTO regions (id, name, slug, level, parent_id, county_id) VALUES
     (1, '昌吉州', 'changji-zhou', 'prefecture', NULL, NULL),
     (2, '昌吉市', 'changji-shi', 'county', 1, NULL),
     (3, '美院社区', 'meiyuan-shequ', 'community', 2, 2)`,
  `INSERT INTO contributors (id, name, slug, default_role) VALUES (1, '杨鹤', 'yanghe', 'staff')`,
  `INSERT INTO articles (id, title, slug, workflow, published_at, body, _status, updated_at, created_at) VALUES
     (1, '社区新闻', 'shequ-xinwen', 'approved', '2025-12-10T02:00:00.000Z', '{"root":{"children":[]}}', 'published', '2025-12-10T02:00:00.000Z', '2025-12-09T02:00:00.000Z'),
     (2, '全州新闻', 'quanzhou-xinwen', 'approved', '2025-12-11T02:00:00.000Z', '{"root":{"children":[]}}', 'published', '2025-12-11T02:00:00.000Z', '2025-12-09T02:00:00.000Z'),
     (3, '草稿', 'caogao', 'drafting', NULL, NULL, 'draft', '2025-12-12T02:00:00.000Z', '2025-12-12T02:00:00.000Z')`,
  `INSERT INTO articles_rels (id, "order", parent_id, path, regions_id) VALUES
     (1, 1, 1, 'regions', 3), (2, 1, 2, 'regions', 1), (3, 1, 3, 'regions', 3)`,
  `INSERT INTO articles_bylines (_order, _parent_id, id, contributor_id, role) VALUES
     (1, 1, 'b1', 1, 'reporter'), (1, 2, 'b2', 1, 'reporter')`,
  `INSERT INTO _articles_v (id, parent_id, version_title, version_slug, version_workflow, version_published_at, version__status, version_updated_at, version_created_at, latest, autosave) VALUES
     (1, 1, '社区新闻（初稿）', 'shequ-xinwen', 'drafting', NULL, 'draft', '2025-12-09T02:00:00.000Z', '2025-12-09T02:00:00.000Z', 0, 0),
     (2, 1, '社区新闻', 'shequ-xinwen', 'approved', '2025-12-10T02:00:00.000Z', 'published', '2025-12-10T02:00:00.000Z', '2025-12-09T02:00:00.000Z', 1, 0),
     (3, 2, '全州新闻', 'quanzhou-xinwen', 'approved', '2025-12-11T02:00:00.000Z', 'published', '2025-12-11T02:00:00.000Z', '2025-12-09T02:00:00.000Z', 1, 0),
     (4, 3, '草稿', 'caogao', 'drafting', NULL, 'draft', '2025-12-12T02:00:00.000Z', '2025-12-12T02:00:00.000Z', 1, 1)`,
  `INSERT INTO _articles_v_rels (id, "order", parent_id, path, regions_id) VALUES
     (1, 1, 1, 'version.regions', 3), (2, 1, 2, 'version.regions', 3),
     (3, 1, 3, 'version.regions', 1), (4, 1, 4, 'version.regions', 3)`,
  `INSERT INTO _articles_v_version_bylines (_order, _parent_id, contributor_id, role) VALUES
     (1, 2, 1, 'reporter'), (1, 3, 1, 'reporter')`,
]

beforeAll(async () => {
  if (!sqlite) return
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const file = path.join(process.env.DATA_DIR as string, 'previous-schema.db')
  const adapted: SanitizedConfig = {
    ...config,
    // No schema push: the tables are only what the migrations make.
    db: sqliteAdapter({
      client: { url: `file:${file}` },
      autoIncrement: true,
      push: false,
      logger: { logQuery: (query, params) => queries.push({ query, params }) },
    }) as SanitizedConfig['db'],
  }
  payload = await getPayload({ config: adapted, key: `migration-${process.pid}` })
  await payload.db.migrate({ migrations: committed.slice(0, 1) })
  for (const statement of PREVIOUS_SCHEMA_ROWS) await run(statement)
  await payload.db.migrate({ migrations: committed })
})

afterAll(async () => {
  await payload?.destroy()
})

describe.runIf(sqlite)('migrating an archive made by the previous schema', () => {
  it('keeps every story, version, byline and region link', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      sort: 'id',
      depth: 0,
      draft: false,
      pagination: false,
    })
    expect(docs.map((d) => [d.id, d.title, d._status, d.publishedAt ?? null])).toEqual([
      [1, '社区新闻', 'published', '2025-12-10T02:00:00.000Z'],
      [2, '全州新闻', 'published', '2025-12-11T02:00:00.000Z'],
      [3, '草稿', 'draft', null],
    ])
    expect(docs.map((d) => d.regions)).toEqual([[3], [1], [3]])
    expect(docs.map((d) => d.bylines?.map((b) => [b.contributor, b.role]))).toEqual([
      [[1, 'reporter']],
      [[1, 'reporter']],
      [],
    ])
    const versions = await payload.findVersions({
      collection: 'articles',
      sort: 'id',
      depth: 0,
      pagination: false,
    })
    expect(versions.docs.map((v) => [v.parent, v.version.title, v.latest])).toEqual([
      [1, '社区新闻（初稿）', false],
      [1, '社区新闻', true],
      [2, '全州新闻', true],
      [3, '草稿', true],
    ])
    expect(versions.docs.map((v) => v.version.regions)).toEqual([[3], [3], [1], [3]])
    const regions = await payload.find({ collection: 'regions', sort: 'id', depth: 0 })
    expect(regions.docs.map((r) => [r.name, relationId(r.parent), relationId(r.county)])).toEqual([
      ['昌吉州', null, null],
      ['昌吉市', 1, null],
      ['美院社区', 2, 2],
    ])
  })

  it('fills in each story’s county and prefecture, on the story and its latest version', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      sort: 'id',
      depth: 0,
      pagination: false,
    })
    expect(docs.map((d) => [relationId(d.county), relationId(d.prefecture)])).toEqual([
      [2, 1],
      [null, 1],
      [2, 1],
    ])
    const draft = await payload.findByID({ collection: 'articles', id: 3, draft: true, depth: 0 })
    expect(relationId(draft.county)).toBe(2)
  })

  it('fills in the pinyin names the admin’s pickers search', async () => {
    const regions = await payload.find({ collection: 'regions', sort: 'id', depth: 0 })
    expect(regions.docs.map((r) => r.searchName)).toEqual([
      '昌吉州 · changjizhou cjz',
      '昌吉市 · changjishi cjs',
      '美院社区 · meiyuanshequ mysq',
    ])
    const contributor = await payload.findByID({ collection: 'contributors', id: 1 })
    expect(contributor.searchName).toBe('杨鹤 · yanghe yh')
  })

  it('creates the list indexes', async () => {
    const indexes = await rows<{ name: string; tbl_name: string; sql: string }>(
      `SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`,
    )
    const columnsOf = (table: string) =>
      indexes
        .filter((i) => i.tbl_name === table)
        .map((i) => (i.sql.match(/\((.*)\)/)?.[1] ?? '').replaceAll('`', ''))
    for (const table of ['articles', 'profiles']) {
      expect(columnsOf(table)).toEqual(
        expect.arrayContaining([
          'county_id',
          'prefecture_id',
          'county_id,_status,deleted_at,published_at',
          '_status,deleted_at,published_at',
          'workflow,updated_at',
          'slug',
          'workflow',
          'published_at',
          'created_by_id',
          '_status',
        ]),
      )
    }
    for (const table of ['_articles_v', '_profiles_v']) {
      expect(columnsOf(table)).toEqual(
        expect.arrayContaining([
          'version_workflow,version_updated_at',
          'latest',
          // The admin's lists of stories (draftListIndexes.ts).
          'latest,version_deleted_at,version_updated_at,created_at,version_title,version_kicker,version_subtitle',
          'latest,version_workflow,version_deleted_at,version_updated_at,created_at',
          'latest,version_workflow,version_deleted_at,version_stage_entered_at,created_at',
          'latest,version_workflow,version__status,version_deleted_at,version_stage_entered_at,created_at',
        ]),
      )
    }
    expect(columnsOf('editions')).toContain('date')
  })

  it('answers the public county list from the county index, not a scan of the archive', async () => {
    queries = []
    const { docs } = await payload.find({
      collection: 'articles',
      where: { county: { equals: 2 } },
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
      overrideAccess: false,
    })
    expect(docs.map((d: Article) => d.id)).toEqual([1])
    const list = queries.find(
      (q) =>
        /from "articles"/i.test(q.query) && /"county_id"/.test(q.query) && /limit/i.test(q.query),
    )
    expect(list, queries.map((q) => q.query).join('\n')).toBeDefined()
    const plan = await adapter().client.execute({
      sql: `EXPLAIN QUERY PLAN ${list!.query}`,
      args: list!.params as never,
    })
    const details = plan.rows.map((r) => r.detail as string)
    expect(details.filter((d) => /^SCAN articles\b/.test(d))).toEqual([])
    // The statement's own steps (not those of the subqueries that fetch bylines and links): an
    // index search, already in publication order, so no sort of the county's whole archive.
    const own = plan.rows.filter((r) => Number(r.parent) === 0).map((r) => r.detail as string)
    expect(own).toContain(
      'SEARCH articles USING INDEX county__status_deletedAt_publishedAt_idx (county_id=? AND _status=? AND deleted_at=?)',
    )
    expect(own).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    // The pager's count reads the index alone, not every story of the county.
    expect(await planOf(/count\(\*\)/i, /from "articles"/i)).toEqual([
      'SEARCH articles USING COVERING INDEX county__status_deletedAt_publishedAt_idx (county_id=? AND _status=? AND deleted_at=?)',
    ])
  })

  it('answers the admin’s list of stories from the first rows of an index, count included', async () => {
    queries = []
    // What the list view asks (draft: true reads the latest versions), with its columns selected.
    const list = await payload.find({
      collection: 'articles',
      draft: true,
      sort: '-updatedAt',
      limit: 10,
      depth: 0,
      select: { title: true, workflow: true, _status: true, county: true, updatedAt: true },
    })
    expect(list.docs.map((d) => d.title)).toEqual(['草稿', '全州新闻', '社区新闻'])
    // In the list's order, so no sort: the page is its first ten rows.
    expect(await planOf(/order by/i, /from "_articles_v"/i)).toEqual([
      'SEARCH _articles_v USING INDEX _articles_v_latest_updated_idx (latest=? AND version_deleted_at=?)',
    ])
    expect(await planOf(/count\(\*\)/i, /from "_articles_v"/i)).toEqual([
      'SEARCH _articles_v USING COVERING INDEX _articles_v_latest_updated_idx (latest=? AND version_deleted_at=?)',
    ])

    queries = []
    const queue = await payload.find({
      collection: 'articles',
      draft: true,
      sort: '-updatedAt',
      where: { workflow: { equals: 'drafting' } },
      limit: 10,
      depth: 0,
      select: { title: true },
    })
    expect(queue.docs.map((d) => d.title)).toEqual(['草稿'])
    expect(await planOf(/order by/i, /from "_articles_v"/i)).toEqual([
      'SEARCH _articles_v USING INDEX _articles_v_latest_workflow_updated_idx (latest=? AND version_workflow=? AND version_deleted_at=?)',
    ])
  })
})

/** The plan of the last logged statement matching every pattern, its own steps only. */
async function planOf(...patterns: RegExp[]): Promise<string[]> {
  const statement = queries.findLast((q) => patterns.every((p) => p.test(q.query)))
  expect(statement, queries.map((q) => q.query).join('\n')).toBeDefined()
  const plan = await adapter().client.execute({
    sql: `EXPLAIN QUERY PLAN ${statement!.query}`,
    args: statement!.params as never,
  })
  return plan.rows.filter((r) => Number(r.parent) === 0).map((r) => r.detail as string)
}
