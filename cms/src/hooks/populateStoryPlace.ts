import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { regionIdsOf } from '../lib/replaceStories'
import { missingAncestors, storyPlace, type RegionLink, type StoryPlace } from '../lib/storyPlace'

type Id = number | string

/** Reads a story's regions and the regions above them (at most three levels), then places it. */
export async function findStoryPlace(req: PayloadRequest, regionIds: Id[]): Promise<StoryPlace> {
  const byId = new Map<string, RegionLink>()
  let toRead: Id[] = regionIds
  for (let level = 0; toRead.length > 0 && level < 4; level++) {
    const { docs } = await req.payload.find({
      collection: 'regions',
      where: { id: { in: toRead } },
      select: { level: true, parent: true, county: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const region of docs) byId.set(String(region.id), region)
    toRead = missingAncestors(byId)
  }
  return storyPlace(regionIds, byId)
}

/**
 * Stores the story's county and prefecture beside its regions, so a county's list is one indexed
 * query on the story itself instead of a join through every place in the county. Recomputed on
 * every save (drafts too, so the newsroom's lists agree); Regions/hooks/updateStoryPlaces keeps it
 * right when the region tree changes under a story.
 */
export const populateStoryPlace: CollectionBeforeChangeHook<Article | Profile> = async ({
  data,
  originalDoc,
  req,
}) => {
  const regions = data.regions !== undefined ? data.regions : originalDoc?.regions
  const place = await findStoryPlace(req, regionIdsOf(regions))
  data.county = place.county as number | null
  data.prefecture = place.prefecture as number | null
  return data
}
