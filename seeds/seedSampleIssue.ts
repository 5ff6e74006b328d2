import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { loadDivisionArea } from './area/divisions'
import { setUpArea } from './area/setUpArea'
import { SAMPLE_AREA, SAMPLE_EXTRA_PLACES } from './data/regions'
import { DEMO_USERS, SAMPLE_COLUMNS, SAMPLE_PAGE, SAMPLE_PAPER } from './data/sampleIssue'
import { STARTING_TERMS } from './data/proofreadingTerms'
import { findEdition } from './importer/edition'
import { type ImportReport, importPageIn } from './importer/importPage'
import { readPageFile } from './importer/input'
import { readPagePrintFile } from './importer/pagePrint'
import { RegionTree } from './importer/regionTree'
import { formatImportReport } from './importer/report'
import { allOrNothing, BULK_WRITE_CONTEXT, type Transaction } from './lib/allOrNothing'
import { findOrCreate } from './lib/findOrCreate'
import { signOffAll } from './lib/signOffAll'
import { type Counts, Tally } from './lib/tally'

/** A demo account made by the seed, with the password it was given. */
export interface DemoLogin {
  role: User['role']
  email: string
  password: string
}

export interface SeedReport {
  /** False when the sample issue was already there, in which case nothing was done. */
  loaded: boolean
  counts: Counts
  /** Accounts created by this run; an account that already existed keeps its password. */
  logins: DemoLogin[]
  import: ImportReport | null
}

/**
 * Loads the sample issue into the database, in one all-or-nothing step: the paper's settings
 * (the sample paper) and its coverage area from the national division data, the columns, the
 * starting 校对词表, a demo login per role, and the sample page imported onto its edition, whose
 * stories the demo reviewers sign (初审, 复审, 终审) and the demo editor then publishes — through
 * the access rules, so its stories go live as an editor's would. Does nothing when an edition of
 * the sample's date exists (even in the trash); refuses when another paper is set up.
 */
export function seedSampleIssue(payload: Payload): Promise<SeedReport> {
  return allOrNothing(payload, async (tx) => {
    if (await findEdition(tx, SAMPLE_PAGE.date)) {
      return { loaded: false, counts: {}, logins: [], import: null }
    }
    // Read before the work starts: a MongoDB transaction takes no parallel operations.
    const area = await loadDivisionArea(SAMPLE_AREA, { depth: 'town' })
    const settings = await tx.payload.findGlobal({ slug: 'paper-settings', ...tx.local })
    if (settings.area && settings.name !== SAMPLE_PAPER.name) {
      throw new Error(
        `已设置报社“${settings.name}”，不载入示例报纸 (another paper is set up; the sample is not loaded)`,
      )
    }
    const tally = new Tally()
    await setUpArea(tx, tally, area)
    await seedExtraPlaces(tx, tally)
    await tx.payload.updateGlobal({ slug: 'paper-settings', data: SAMPLE_PAPER, ...tx.local })
    for (const column of SAMPLE_COLUMNS) {
      await findOrCreate(tx, tally, 'columns', { name: { equals: column.name } }, { ...column })
    }
    for (const term of STARTING_TERMS) {
      await findOrCreate(tx, tally, 'proofreading-terms', { term: { equals: term.term } }, term)
    }
    const { users, logins } = await seedUsers(tx, tally)
    const imported = await importPageIn(
      tx,
      {
        ...SAMPLE_PAGE,
        text: readPageFile(SAMPLE_PAGE.file),
        imagesDir: null,
        // The printed page goes through the upload an editor's would: rendered, areas proposed.
        print: readPagePrintFile(SAMPLE_PAGE.print),
      },
      tally,
    )
    // A back issue: its stories first appeared the morning the paper came out, not today.
    for (const story of imported.stories) {
      await tx.payload.update({
        collection: story.relationTo,
        id: story.id,
        data: { publishedAt: `${SAMPLE_PAGE.date}T06:00:00+08:00` },
        draft: true,
        ...tx.local,
      })
    }
    // 三审三校 as the paper ran it: each demo reviewer signs their stage, through the one sign-off.
    const signers = {
      first: need(users, 'desk'),
      second: need(users, 'section'),
      final: need(users, 'chief'),
    }
    for (const story of imported.stories) {
      await signOffAll(tx.req, signers, {
        collection: story.relationTo,
        id: story.id,
        note: '示例报纸：已按三审三校签发',
      })
    }
    await tx.payload.update({
      collection: 'editions',
      id: imported.edition.id,
      data: { _status: 'published' },
      user: need(users, 'editor'),
      overrideAccess: false,
      req: tx.req,
      context: BULK_WRITE_CONTEXT,
      depth: 0,
    })
    return { loaded: true, counts: tally.counts, logins, import: imported }
  })
}

/** The places the sample page names that the national data lacks, under their parents. */
async function seedExtraPlaces(tx: Transaction, tally: Tally): Promise<void> {
  const tree = new RegionTree(tx, tally)
  for (const place of SAMPLE_EXTRA_PLACES) {
    const { docs } = await tx.payload.find({
      collection: 'regions',
      where: { name: { equals: place.parent } },
      sort: 'createdAt',
      limit: 1,
      ...tx.local,
    })
    if (!docs[0]) throw new Error(`示例地区缺少上级“${place.parent}” (the parent is missing)`)
    await tree.ensure(place.name, place.level, docs[0])
  }
}

const need = (users: Map<User['role'], User>, role: User['role']): User => {
  const user = users.get(role)
  if (!user) throw new Error(`示例数据缺少${role}账号 (the demo users include no ${role})`)
  return user
}

/** The demo accounts, matched by email; new ones get a random password. */
async function seedUsers(
  tx: Transaction,
  tally: Tally,
): Promise<{ users: Map<User['role'], User>; logins: DemoLogin[] }> {
  const logins: DemoLogin[] = []
  const users = new Map<User['role'], User>()
  for (const demo of DEMO_USERS) {
    const { docs } = await tx.payload.find({
      collection: 'users',
      where: { email: { equals: demo.email } },
      limit: 1,
      ...tx.local,
    })
    if (docs[0]) {
      tally.matched('users')
      users.set(demo.role, docs[0])
      continue
    }
    const password = randomBytes(12).toString('base64url')
    tally.created('users')
    users.set(
      demo.role,
      await tx.payload.create({ collection: 'users', data: { ...demo, password }, ...tx.local }),
    )
    logins.push({ role: demo.role, email: demo.email, password })
  }
  return { users, logins }
}

/** What a seed run did, for the terminal. */
export function formatSeedReport(report: SeedReport): string {
  if (!report.loaded || !report.import) {
    return `示例报纸已存在，未做任何改动 (the sample issue of ${SAMPLE_PAGE.date} is already there; nothing changed)`
  }
  const stories = report.import.stories.length
  return [
    `示例报纸已载入并发布 (sample issue loaded and published): ${SAMPLE_PAGE.date} 第${SAMPLE_PAGE.page}版 ${SAMPLE_PAGE.pageName}，${stories} 篇稿件 stories`,
    // The import's counts are the whole run's: the seed hands it its tally.
    formatImportReport(report.import),
    ...(report.logins.length
      ? [
          '演示账号——正式使用前务必修改密码或删除 (demo logins: change these passwords or remove the accounts before real use):',
          ...report.logins.map(
            (login) => `  ${login.role.padEnd(8)} ${login.email} / ${login.password}`,
          ),
        ]
      : []),
  ].join('\n')
}
