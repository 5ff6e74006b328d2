import type { Payload, Where } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { relationId } from '../lib/relationId'
import { photoIdsOf } from '../lib/storyPhotos'
import {
  monthlyReport,
  monthRange,
  type MonthlyReport,
  type ReportContributor,
  type ReportStory,
} from './monthlyReport'

/** Finds by id in chunks: a month's ids could exceed SQLite's limit on bound parameters. */
async function findByIds<T>(
  ids: string[],
  find: (chunk: string[]) => Promise<{ docs: unknown[] }>,
): Promise<T[]> {
  const docs: T[] = []
  for (let i = 0; i < ids.length; i += 500) {
    docs.push(...((await find(ids.slice(i, i + 500))).docs as T[]))
  }
  return docs
}

/**
 * Reads one month for the report: every story filed or first published in it (trashed and
 * unpublished ones too, so the report can say they dropped out), their photos' photographers and
 * the contributors named. The caller has checked that the reader is on the desk.
 */
export async function loadMonthlyReport(payload: Payload, month: string): Promise<MonthlyReport> {
  const { from, to } = monthRange(month)
  const inMonth = (field: string): Where => ({
    and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than: to } }],
  })
  const where: Where = { or: [inMonth('createdAt'), inMonth('publishedAt')] }
  const read = <T>(collection: 'articles' | 'profiles') =>
    payload
      .find({ collection, where, trash: true, depth: 0, pagination: false, overrideAccess: true })
      .then((r) => r.docs as T[])
  const [articles, profiles] = await Promise.all([
    read<Article>('articles'),
    read<Profile>('profiles'),
  ])

  const photoIds = [
    ...new Set([...articles, ...profiles].flatMap((s) => photoIdsOf(s).map(String))),
  ]
  const media = await findByIds<{ id: number | string; photographer?: unknown }>(photoIds, (ids) =>
    payload.find({
      collection: 'media',
      where: { id: { in: ids } },
      select: { photographer: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  )
  const photographerOf = new Map(
    media.map((m) => {
      const id = relationId(m.photographer as number | string | null)
      return [String(m.id), id === null ? null : String(id)]
    }),
  )

  const common = (story: Article | Profile, type: ReportStory['type']) => ({
    id: String(story.id),
    type,
    title: story.title,
    live: story._status === 'published' && !story.deletedAt,
    createdAt: story.createdAt,
    publishedAt: story.publishedAt ?? null,
    photoCredits: photoIdsOf(story).map((id) => photographerOf.get(String(id)) ?? null),
  })
  const stories: ReportStory[] = [
    ...articles.map((a) => ({
      ...common(a, 'article'),
      bylines: (a.bylines ?? []).map((b) => ({
        contributorId: String(relationId(b.contributor)),
        role: b.role,
        fee: b.fee ?? null,
      })),
    })),
    ...profiles.map((p) => ({
      ...common(p, 'profile'),
      bylines:
        relationId(p.compiler) === null
          ? []
          : [
              {
                contributorId: String(relationId(p.compiler)),
                role: 'compiler',
                fee: p.compilerFee ?? null,
              },
            ],
    })),
  ]

  const contributorIds = [
    ...new Set(
      stories.flatMap((s) => [
        ...s.bylines.map((b) => b.contributorId),
        ...s.photoCredits.filter((id): id is string => id !== null),
      ]),
    ),
  ]
  const contributors = await findByIds<ReportContributor & { id: number | string }>(
    contributorIds,
    (ids) =>
      payload.find({
        collection: 'contributors',
        where: { id: { in: ids } },
        select: { name: true, defaultRole: true, affiliation: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      }),
  )
  return monthlyReport({
    month,
    stories,
    contributors: contributors.map((c) => ({ ...c, id: String(c.id) })),
  })
}
