import type { Region } from '@/payload-types'

import { relationId } from './relationId'

type Id = number | string

/** What the place of a story needs to know of a region: its level and the regions above it. */
export type RegionLink = Pick<Region, 'id' | 'level' | 'parent' | 'county'>

/** The county-level group a story is listed under, and the prefecture above it. */
export type StoryPlace = { county: Id | null; prefecture: Id | null }

const countyOfRegion = (region: RegionLink): Id | null =>
  region.level === 'county' ? region.id : relationId(region.county)

function prefectureOf(region: RegionLink, byId: ReadonlyMap<string, RegionLink>): Id | null {
  const seen = new Set<string>()
  for (let r: RegionLink | undefined = region; r; r = byId.get(String(relationId(r.parent)))) {
    if (seen.has(String(r.id))) return null
    seen.add(String(r.id))
    if (r.level === 'prefecture') return r.id
  }
  return null
}

/**
 * A story's county is that of the first of its regions that lies in a county (as the public site
 * groups it: a story tagged with the prefecture and 青山市 is 青山市 news); a story tagged only with the prefecture
 * is prefecture-wide and has none. Its prefecture is the one above that region, or above its first
 * region. `byId` must hold the story's regions and every region above them.
 */
export function storyPlace(regionIds: Id[], byId: ReadonlyMap<string, RegionLink>): StoryPlace {
  const regions = regionIds
    .map((id) => byId.get(String(id)))
    .filter((r): r is RegionLink => r !== undefined)
  const anchor = regions.find((r) => countyOfRegion(r) !== null) ?? regions[0]
  if (!anchor) return { county: null, prefecture: null }
  return { county: countyOfRegion(anchor), prefecture: prefectureOf(anchor, byId) }
}

/** The region ids above `region` that `storyPlace` still needs to look at. */
export function missingAncestors(byId: ReadonlyMap<string, RegionLink>): Id[] {
  const missing = new Set<Id>()
  for (const region of byId.values()) {
    for (const above of [relationId(region.parent), relationId(region.county)]) {
      if (above !== null && !byId.has(String(above))) missing.add(above)
    }
  }
  return [...missing]
}
