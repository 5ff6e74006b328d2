import type { Where } from 'payload'

import { relationId } from '@/lib/relationId'
import type { Region } from '@/payload-types'

import { COVERAGE_AREA } from '../data/regions'
import type { Transaction } from '../lib/allOrNothing'
import { findOrCreate } from '../lib/findOrCreate'
import type { Tally } from '../lib/tally'
import type { ParsedStory } from './types'

// The parser reads a place as a community or village by these endings, as a town or street otherwise.
const COMMUNITY_ENDINGS = ['社区', '村']

/** The level of a place below the county, by its ending: 美院社区 community, 兰州湾镇 town. */
export const placeLevel = (name: string): 'town' | 'community' =>
  COMMUNITY_ENDINGS.some((ending) => name.endsWith(ending)) ? 'community' : 'town'

/**
 * A town or community is looked for across its county, wherever an editor has moved it since; a
 * county or the prefecture by name and level alone.
 */
function scopeOf(level: Region['level'], parent: Region | null): Where[] {
  if (!parent || level === 'prefecture' || level === 'county') return []
  if (parent.level === 'prefecture') return [{ parent: { equals: parent.id } }]
  const county = parent.level === 'county' ? parent.id : relationId(parent.county)
  return [{ county: { equals: county } }]
}

/** Finds regions in the CMS tree, adding missing ones under the right parent. */
export class RegionTree {
  private readonly found = new Map<string, Region>()

  constructor(
    private readonly tx: Transaction,
    private readonly tally: Tally,
  ) {}

  /** The region of that name and level under `parent`, created there when missing. */
  async ensure(
    name: string,
    level: Region['level'],
    parent: Region | null,
    order?: number,
  ): Promise<Region> {
    const key = `${level}:${name}:${parent?.id ?? ''}`
    const known = this.found.get(key)
    if (known) return known
    const region = await findOrCreate(
      this.tx,
      this.tally,
      'regions',
      {
        and: [{ name: { equals: name } }, { level: { equals: level } }, ...scopeOf(level, parent)],
      },
      { name, level, parent: parent?.id ?? null, order },
    )
    this.found.set(key, region)
    return region
  }

  /**
   * The prefecture or a county-level region by name. One the database lacks is added as the
   * coverage-area data describes it, under the prefecture and in its order.
   */
  async area(name: string): Promise<Region> {
    const seed = COVERAGE_AREA.find((region) => region.name === name)
    const parent = seed?.parent ? await this.area(seed.parent) : null
    return this.ensure(name, seed?.level ?? 'county', parent, seed?.order)
  }

  /**
   * The most specific regions a story covers — its communities, the towns it names without a
   * community, else its county — found or added under the right parents. A community goes under
   * the town printed right before it (绿洲路街道美院社区), else under the story's only town, else
   * under the county.
   */
  async regionsOf(story: ParsedStory): Promise<Region[]> {
    if (!story.county) return []
    const county = await this.area(story.county)
    const places = story.regions.filter((name) => name !== story.county)
    const towns: Region[] = []
    for (const name of places.filter((place) => placeLevel(place) === 'town')) {
      towns.push(await this.ensure(name, 'town', county))
    }
    const text = [story.kicker, story.title, story.subtitle, ...story.paragraphs]
      .concat(story.photos.map((photo) => photo.caption))
      .join('\n')
    const communities: Region[] = []
    for (const name of places.filter((place) => placeLevel(place) === 'community')) {
      const town =
        towns.find((candidate) => text.includes(candidate.name + name)) ??
        (towns.length === 1 ? towns[0] : county)
      communities.push(await this.ensure(name, 'community', town))
    }
    const parents = new Set(communities.map((community) => relationId(community.parent)))
    const leaves = [...communities, ...towns.filter((town) => !parents.has(town.id))]
    return leaves.length ? leaves : [county]
  }
}
