import type { PayloadRequest, Where } from 'payload'

import type { Article } from '@/payload-types'

import { relationId } from './relationId'
import { storyPlace, type RegionLink, type StoryPlace } from './storyPlace'
import type { StoryCollection } from './storyOwnership'

type Id = number | string

const PAGE = 200

/** The ids of a story's regions, whether populated or not. */
export const regionIdsOf = (regions: Article['regions'] | undefined): Id[] =>
  (regions ?? []).map((r) => relationId<Id>(r)).filter((id): id is Id => id !== null)

const samePlace = (stored: { county?: unknown; prefecture?: unknown }, place: StoryPlace) =>
  String(relationId(stored.county as Id | null) ?? '') === String(place.county ?? '') &&
  String(relationId(stored.prefecture as Id | null) ?? '') === String(place.prefecture ?? '')

/** Every region's level and links: a coverage area has hundreds of places, not thousands. */
async function regionLinks(req: PayloadRequest): Promise<Map<string, RegionLink>> {
  const { docs } = await req.payload.find({
    collection: 'regions',
    select: { level: true, parent: true, county: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((r) => [String(r.id), r]))
}

/**
 * Recomputes the county and prefecture of the stories `where` selects, on each story and on its
 * latest version (the newsroom's lists read drafts), writing only those two fields through the
 * database adapter: no new version, no hook, nothing published or unpublished. Used when the region
 * tree changes under stories, and by the migration that fills the fields in on an existing archive.
 */
export async function replaceStories(
  req: PayloadRequest,
  collection: StoryCollection,
  where: Where,
): Promise<void> {
  const regions = await regionLinks(req)
  for (let page = 1, more = true; more; page++) {
    const result = await req.payload.find({
      collection,
      where,
      select: { regions: true, county: true, prefecture: true },
      sort: 'id',
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: true,
      trash: true,
      req,
    })
    for (const story of result.docs) {
      const place = storyPlace(regionIdsOf(story.regions), regions)
      if (samePlace(story, place)) continue
      await req.payload.db.updateOne({
        collection,
        id: story.id,
        data: { county: place.county, prefecture: place.prefecture },
        req,
      })
    }
    more = result.hasNextPage
  }
  const versionWhere: Where = {
    and: [{ latest: { equals: true } }, prefixVersion(where)],
  }
  for (let page = 1, more = true; more; page++) {
    const result = await req.payload.db.findVersions({
      collection,
      where: versionWhere,
      sort: 'id',
      limit: PAGE,
      page,
      req,
    })
    for (const version of result.docs) {
      const data = version.version as Pick<Article, 'regions' | 'county' | 'prefecture'>
      const place = storyPlace(regionIdsOf(data.regions), regions)
      if (samePlace(data, place)) continue
      // The whole version is written back: MongoDB would replace `version` with a partial one.
      await req.payload.db.updateVersion({
        collection,
        id: version.id,
        versionData: { ...version, version: { ...data, ...place } },
        req,
      })
    }
    more = result.hasNextPage
  }
}

/** The same conditions, on a version's copy of the fields. */
function prefixVersion(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map(prefixVersion)]
        : [`version.${key}`, value],
    ),
  )
}
