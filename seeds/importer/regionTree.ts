import type { Where } from 'payload'

import { VILLAGE_SUFFIXES } from '@/lib/placeSuffixes'
import { relationId } from '@/lib/relationId'
import type { Region } from '@/payload-types'

import type { Transaction } from '../lib/allOrNothing'
import { findOrCreate } from '../lib/findOrCreate'
import type { Tally } from '../lib/tally'
import type { ParsedStory } from './types'

/** The level of a place below the county, by its ending: 美院社区 community, 兰州湾镇 town. */
export const placeLevel = (name: string): 'town' | 'community' =>
  VILLAGE_SUFFIXES.some((ending) => name.endsWith(ending)) ? 'community' : 'town'

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
   * The prefecture or a county-level region by name: the parser only names those the database
   * holds (its gazetteer is the database's), so one missing is an error, not a new county.
   */
  async area(name: string): Promise<Region> {
    const key = `area:${name}`
    const known = this.found.get(key)
    if (known) return known
    const { docs } = await this.tx.payload.find({
      collection: 'regions',
      where: { and: [{ name: { equals: name } }, { level: { in: ['prefecture', 'county'] } }] },
      sort: 'createdAt',
      limit: 1,
      ...this.tx.local,
    })
    if (!docs[0]) throw new Error(`地区树中没有“${name}” (no such prefecture or county)`)
    this.tally.matched('regions')
    this.found.set(key, docs[0])
    return docs[0]
  }

  /** A town, street, village or community already in the county's tree, whatever its ending. */
  private async inCounty(name: string, county: Region): Promise<Region | null> {
    const key = `in:${county.id}:${name}`
    const known = this.found.get(key)
    if (known) return known
    const { docs } = await this.tx.payload.find({
      collection: 'regions',
      where: { and: [{ name: { equals: name } }, { county: { equals: county.id } }] },
      sort: 'createdAt',
      limit: 1,
      ...this.tx.local,
    })
    if (!docs[0]) return null
    this.tally.matched('regions')
    this.found.set(key, docs[0])
    return docs[0]
  }

  /**
   * The most specific regions a story covers — its communities, the towns it names without a
   * community, else its county — found in the county's tree, or added under the right parents with
   * the level their ending gives. A new community goes under the town printed right before it
   * (绿洲路街道美院社区), else under the story's only town, else under the county.
   */
  async regionsOf(story: ParsedStory): Promise<Region[]> {
    if (!story.county) return []
    const county = await this.area(story.county)
    if (county.level === 'prefecture') return [county]
    const places: { name: string; region: Region | null; level: 'town' | 'community' }[] = []
    for (const name of story.regions.filter((place) => place !== story.county)) {
      const region = await this.inCounty(name, county)
      const level = region ? (region.level === 'town' ? 'town' : 'community') : placeLevel(name)
      places.push({ name, region, level })
    }
    const towns: Region[] = []
    for (const place of places.filter((candidate) => candidate.level === 'town')) {
      towns.push(place.region ?? (await this.ensure(place.name, 'town', county)))
    }
    const text = [story.kicker, story.title, story.subtitle, ...story.paragraphs]
      .concat(story.photos.map((photo) => photo.caption))
      .join('\n')
    const communities: Region[] = []
    for (const { name, region } of places.filter((place) => place.level === 'community')) {
      const town =
        towns.find((candidate) => text.includes(candidate.name + name)) ??
        (towns.length === 1 ? towns[0] : county)
      communities.push(region ?? (await this.ensure(name, 'community', town)))
    }
    const parents = new Set(communities.map((community) => relationId(community.parent)))
    const leaves = [...communities, ...towns.filter((town) => !parents.has(town.id))]
    return leaves.length ? leaves : [county]
  }
}
