import type { PayloadRequest, Where } from 'payload'

import type { Article, Region } from '@/payload-types'

import { REGION_LEVEL_LABELS } from '../collections/Regions/levels'
import { relationId } from './relationId'
import { regionIdsOf, replaceStories } from './replaceStories'
import { storyPlace, type RegionLink } from './storyPlace'
import { STORY_COLLECTIONS, type StoryCollection } from './storyOwnership'

type Id = number | string

/** A merge that must not happen, with the status the API answers and the reason in Chinese. */
export class MergeRefusedError extends Error {
  constructor(
    message: string,
    readonly status: 404 | 409,
  ) {
    super(message)
  }
}

export type MergeReport = {
  kept: { id: Id; name: string }
  removed: { id: Id; name: string }
  /** Places that were under the removed one, now under the kept one. */
  children: number
  /** Stories (with their versions) and photos tagged with the removed place, now with the kept one. */
  stories: number
  photos: number
}

const same = (a: Id | null | undefined, b: Id | null | undefined) =>
  a !== null && a !== undefined && String(a) === String(b)

const refuse = (message: string) => new MergeRefusedError(message, 409)

/** The tree as it will be: `from` gone, its children under `into`, counties recomputed. */
function treeAfter(regions: Region[], from: Region, into: Region): Map<string, RegionLink> {
  const links = new Map<string, RegionLink>(
    regions
      .filter((r) => !same(r.id, from.id))
      .map((r) => [
        String(r.id),
        {
          id: r.id,
          level: r.level,
          county: r.county,
          parent: same(relationId(r.parent), from.id) ? into.id : r.parent,
        },
      ]),
  )
  const countyOf = (link: RegionLink): RegionLink['county'] => {
    for (let r: RegionLink | undefined = link; r; r = links.get(String(relationId(r.parent)))) {
      if (r.level === 'county') return r.id
    }
    return null
  }
  for (const link of links.values()) link.county = link.level === 'county' ? null : countyOf(link)
  return links
}

/**
 * Rewrites the stories whose `path` points at `from`, and every version of them, through the
 * adapter, like the places a region move re-computes (replaceStories.ts): pointing a story at
 * the place kept is no edit of it, so it makes no version, sends nothing back to review and
 * publishes nothing. Answers how many stories it rewrote.
 */
async function rewriteStories(
  req: PayloadRequest,
  collection: StoryCollection,
  path: 'regions' | 'narrator.region',
  from: Id,
  rewrite: (data: Record<string, unknown>) => Record<string, unknown>,
): Promise<number> {
  const field = path.split('.')[0]
  const { docs } = await req.payload.find({
    collection,
    where: { [path]: { in: [from] } },
    select: { [field]: true },
    pagination: false,
    trash: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const story of docs) {
    await req.payload.db.updateOne({
      collection,
      id: story.id,
      data: rewrite(story as unknown as Record<string, unknown>),
      req,
    })
  }
  const versions = await req.payload.db.findVersions({
    collection,
    where: { [`version.${path}`]: { in: [from] } },
    pagination: false,
    req,
  })
  for (const version of versions.docs) {
    const data = version.version as Record<string, unknown>
    // The whole version is written back: MongoDB would replace `version` with a partial one.
    await req.payload.db.updateVersion({
      collection,
      id: version.id,
      versionData: { ...version, version: { ...data, ...rewrite(data) } },
      req,
    })
  }
  return docs.length
}

/**
 * Merges two regions that are the same place (a duplicate from an import, a village entered twice):
 * the places under `from`, the stories (and every version of them) and the photos tagged with it
 * move to `into`, then `from` is deleted, which rebuilds the whole site. Refused when it would
 * change where a published story is listed, since its address carries its county: such stories
 * are re-tagged by an editor first, which keeps their old address as a redirect.
 */
export async function mergeRegions(
  req: PayloadRequest,
  fromId: Id,
  intoId: Id,
): Promise<MergeReport> {
  const local = { req, overrideAccess: true, depth: 0 } as const
  const { docs: regions } = await req.payload.find({
    collection: 'regions',
    pagination: false,
    ...local,
  })
  const from = regions.find((r) => same(r.id, fromId))
  const into = regions.find((r) => same(r.id, intoId))
  if (!from || !into) throw new MergeRefusedError('要合并的地区不存在 (no such region)', 404)
  if (same(from.id, into.id))
    throw refuse('地区不能与自身合并 (a place cannot be merged into itself)')
  if (from.level !== into.level) {
    throw refuse(
      `只能合并同一层级的地区：“${from.name}”是${REGION_LEVEL_LABELS[from.level].zh}，“${into.name}”是${REGION_LEVEL_LABELS[into.level].zh} (only places of one level can be merged)`,
    )
  }
  const settings = await req.payload.findGlobal({ slug: 'paper-settings', ...local })
  if (same(relationId(settings.area), from.id)) {
    throw refuse(
      `“${from.name}”是报社的覆盖地区，不能被合并 (the coverage area cannot be merged away)`,
    )
  }
  const byId = new Map<string, RegionLink>(regions.map((r) => [String(r.id), r]))
  for (let r: RegionLink | undefined = into; r; r = byId.get(String(relationId(r.parent)))) {
    if (same(r.id, from.id)) {
      throw refuse(
        `“${into.name}”在“${from.name}”之下，不能合并到自己的下级 (a place cannot be merged into a place below it)`,
      )
    }
  }

  // Published stories whose county would change: their addresses would break.
  const after = treeAfter(regions, from, into)
  const subtree = regions.filter((r) => {
    for (let l: RegionLink | undefined = r; l; l = byId.get(String(relationId(l.parent)))) {
      if (same(l.id, from.id)) return true
    }
    return false
  })
  const tagged: Where = { regions: { in: subtree.map((r) => r.id) } }
  const moving: string[] = []
  for (const collection of STORY_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      where: {
        and: [
          { _status: { equals: 'published' } },
          {
            or: [
              tagged,
              { county: { equals: from.id } },
              { 'formerAddresses.county': { equals: from.id } },
            ],
          },
        ],
      },
      select: { title: true, regions: true, county: true },
      pagination: false,
      ...local,
    })
    for (const story of docs) {
      const ids = regionIdsOf(story.regions).map((id) => (same(id, from.id) ? into.id : id))
      if (
        !same(storyPlace(ids, after).county ?? '', relationId(story.county) ?? '') ||
        same(relationId(story.county), from.id)
      ) {
        moving.push(story.title ?? String(story.id))
      }
    }
  }
  if (moving.length > 0) {
    throw refuse(
      `合并会改变${moving.length}篇已发布稿件的所属县市和网址（${moving.slice(0, 5).join('、')}${moving.length > 5 ? '等' : ''}），请先在稿件中改选地区 (merging would move published stories to another county)`,
    )
  }

  const children = regions.filter((r) => same(relationId(r.parent), from.id))
  // Through the collection, so each child's county, its descendants and their stories follow.
  for (const child of children) {
    await req.payload.update({
      collection: 'regions',
      id: child.id,
      data: { parent: into.id },
      ...local,
    })
  }

  const retag = (ids: Id[]) => [...new Set(ids.map((id) => (same(id, from.id) ? into.id : id)))]
  let stories = 0
  for (const collection of STORY_COLLECTIONS) {
    stories += await rewriteStories(req, collection, 'regions', from.id, (story) => ({
      regions: retag(regionIdsOf(story.regions as Article['regions'])),
    }))
    await replaceStories(req, collection, { regions: { in: [into.id] } })
  }
  // A narrator's home place (所在地).
  await rewriteStories(req, 'profiles', 'narrator.region', from.id, (profile) => ({
    narrator: { ...(profile.narrator as object), region: into.id },
  }))
  const photos = await req.payload.update({
    collection: 'media',
    where: { region: { equals: from.id } },
    data: { region: into.id },
    ...local,
  })
  await req.payload.delete({ collection: 'regions', id: from.id, ...local })
  return {
    kept: { id: into.id, name: into.name },
    removed: { id: from.id, name: from.name },
    children: children.length,
    stories,
    photos: photos.docs.length,
  }
}
