/**
 * 稿费月报: per contributor and per affiliation, for one month of the paper's calendar — stories
 * filed, stories published, photos published, fees owed. Pure: the loader (loadMonthlyReport.ts)
 * reads the CMS, this counts, and the tests count the same fixtures by hand.
 */
import type { Contributor } from '@/payload-types'

export type ReportStory = {
  id: string
  type: 'article' | 'profile'
  title: string
  /** Live now: published and not in the trash. */
  live: boolean
  createdAt: string
  /** First publication; kept when a story is unpublished. */
  publishedAt: string | null
  bylines: { contributorId: string; role: string; fee: number | null }[]
  /** The photographer of each photo the story shows (null for an agency credit). */
  photoCredits: (string | null)[]
}

export type ReportContributor = Pick<Contributor, 'name' | 'defaultRole' | 'affiliation'> & {
  id: string
}

export type ContributorRow = {
  contributorId: string
  name: string
  kind: Contributor['defaultRole']
  affiliation: string
  filed: number
  published: number
  photos: number
  fee: number
}

export type AffiliationRow = Omit<ContributorRow, 'contributorId' | 'name' | 'kind'> & {
  contributors: number
}

/** One line of a person's detail: a published story, their role(s), photos and fee on it. */
export type DetailRow = {
  contributorId: string
  storyId: string
  type: ReportStory['type']
  title: string
  publishedAt: string
  roles: string[]
  photos: number
  fee: number
}

export type MonthlyReport = {
  /** YYYY-MM in the paper's calendar. */
  month: string
  contributors: ContributorRow[]
  affiliations: AffiliationRow[]
  details: DetailRow[]
  totals: Omit<AffiliationRow, 'affiliation'>
  /** Stories first published this month and unpublished (or trashed) since: not counted. */
  withdrawn: { storyId: string; type: ReportStory['type']; title: string; publishedAt: string }[]
}

/** Contributors without an affiliation are grouped under this label. */
export const NO_AFFILIATION = '（未填单位）'

/** The paper's calendar is Beijing time (UTC+8, no daylight saving), as its editions are dated. */
const PAPER_OFFSET_MS = 8 * 3600_000

/** YYYY-MM of an instant in the paper's calendar. */
export const paperMonth = (iso: string): string =>
  new Date(Date.parse(iso) + PAPER_OFFSET_MS).toISOString().slice(0, 7)

/** The first and the last instant (exclusive) of a month in the paper's calendar, as ISO strings. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mm] = month.split('-').map(Number)
  const from = Date.UTC(year, mm - 1, 1) - PAPER_OFFSET_MS
  const to = Date.UTC(year, mm, 1) - PAPER_OFFSET_MS
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
}

/** A month as `2025-12`, or a Chinese message saying what is wrong with it. */
export function parseMonth(
  value: string | null | undefined,
): { month: string } | { error: string } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? '')
  if (!match) return { error: `月份格式应为“年-月”，如 2025-12（收到：${value ?? '空'}）` }
  return { month: value as string }
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN')

/**
 * Counts a month. Filed: stories created this month with the contributor on a byline, whatever
 * became of them. Published, photos and fees: stories first published this month and live now —
 * a story unpublished since drops out and is listed under `withdrawn`.
 */
export function monthlyReport({
  month,
  stories,
  contributors,
}: {
  month: string
  stories: ReportStory[]
  contributors: ReportContributor[]
}): MonthlyReport {
  const people = new Map(contributors.map((c) => [c.id, c]))
  const rows = new Map<string, ContributorRow>()
  // Story ids behind each row's counts: an affiliation counts a story two of its people share once.
  const filedIds = new Map<string, Set<string>>()
  const publishedIds = new Map<string, Set<string>>()
  const add = (sets: Map<string, Set<string>>, id: string, storyKey: string) =>
    sets.set(id, (sets.get(id) ?? new Set()).add(storyKey))
  const rowOf = (id: string): ContributorRow | null => {
    const person = people.get(id)
    if (!person) return null
    let row = rows.get(id)
    if (!row) {
      row = {
        contributorId: id,
        name: person.name,
        kind: person.defaultRole,
        affiliation: person.affiliation?.trim() || NO_AFFILIATION,
        filed: 0,
        published: 0,
        photos: 0,
        fee: 0,
      }
      rows.set(id, row)
    }
    return row
  }
  const details: DetailRow[] = []
  const withdrawn: MonthlyReport['withdrawn'] = []

  for (const story of stories) {
    const key = `${story.type}:${story.id}`
    const credited = [...new Set(story.bylines.map((b) => b.contributorId))]
    if (paperMonth(story.createdAt) === month) {
      for (const id of credited) {
        const row = rowOf(id)
        if (row) {
          row.filed++
          add(filedIds, id, key)
        }
      }
    }
    if (!story.publishedAt || paperMonth(story.publishedAt) !== month) continue
    if (!story.live) {
      withdrawn.push({
        storyId: story.id,
        type: story.type,
        title: story.title,
        publishedAt: story.publishedAt,
      })
      continue
    }
    const photographers = story.photoCredits.filter((id): id is string => id !== null)
    for (const id of new Set([...credited, ...photographers])) {
      const row = rowOf(id)
      if (!row) continue
      const own = story.bylines.filter((b) => b.contributorId === id)
      const photos = photographers.filter((p) => p === id).length
      const fee = own.reduce((sum, b) => sum + (b.fee ?? 0), 0)
      if (own.length > 0) {
        row.published++
        add(publishedIds, id, key)
      }
      row.photos += photos
      row.fee += fee
      details.push({
        contributorId: id,
        storyId: story.id,
        type: story.type,
        title: story.title,
        publishedAt: story.publishedAt,
        roles: own.map((b) => b.role),
        photos,
        fee,
      })
    }
  }

  // By affiliation in pinyin order, people without one last; by name within each.
  const unaffiliatedLast = (row: ContributorRow) => (row.affiliation === NO_AFFILIATION ? 1 : 0)
  const contributorRows = [...rows.values()].sort(
    (a, b) =>
      unaffiliatedLast(a) - unaffiliatedLast(b) ||
      a.affiliation.localeCompare(b.affiliation, 'zh-CN') ||
      byName(a, b),
  )
  const union = (sets: Map<string, Set<string>>, ids: string[]) =>
    new Set(ids.flatMap((id) => [...(sets.get(id) ?? [])])).size
  const summarize = (members: ContributorRow[]) => {
    const ids = members.map((m) => m.contributorId)
    return {
      contributors: members.length,
      filed: union(filedIds, ids),
      published: union(publishedIds, ids),
      photos: members.reduce((sum, m) => sum + m.photos, 0),
      fee: members.reduce((sum, m) => sum + m.fee, 0),
    }
  }
  const affiliations: AffiliationRow[] = [
    ...new Set(contributorRows.map((r) => r.affiliation)),
  ].map((affiliation) => ({
    affiliation,
    ...summarize(contributorRows.filter((r) => r.affiliation === affiliation)),
  }))
  const totals = summarize(contributorRows)
  return {
    month,
    contributors: contributorRows,
    affiliations,
    details: details.sort(
      (a, b) =>
        a.contributorId.localeCompare(b.contributorId) ||
        a.publishedAt.localeCompare(b.publishedAt),
    ),
    totals,
    withdrawn: withdrawn.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)),
  }
}

/**
 * What a reader of the report may see: the desk the whole month; a reporter only their own line
 * and detail (as the contributor their account is), without other people's withdrawn stories or
 * any affiliation's sums; anyone else nothing.
 */
export function visibleReport(
  report: MonthlyReport,
  viewer: { role?: string | null; contributorId: string | null } | null,
): MonthlyReport | null {
  if (viewer?.role === 'editor' || viewer?.role === 'admin') return report
  if (viewer?.role !== 'reporter' || viewer.contributorId === null) return null
  const own = report.contributors.filter((c) => c.contributorId === viewer.contributorId)
  return {
    month: report.month,
    contributors: own,
    affiliations: [],
    details: report.details.filter((d) => d.contributorId === viewer.contributorId),
    totals: {
      contributors: own.length,
      filed: own.reduce((sum, c) => sum + c.filed, 0),
      published: own.reduce((sum, c) => sum + c.published, 0),
      photos: own.reduce((sum, c) => sum + c.photos, 0),
      fee: own.reduce((sum, c) => sum + c.fee, 0),
    },
    withdrawn: [],
  }
}
