import type { Gazetteer } from './types'

/** A region as the gazetteer needs it: its name, level and the name of its county-level ancestor. */
export interface GazetteerRegion {
  name: string
  level: 'prefecture' | 'county' | 'town' | 'community'
  /** The county-level region it lies in; null for the prefecture and the counties themselves. */
  county: string | null
}

/**
 * What the parser knows of a paper's area: the prefecture (none for a county paper), its
 * county-level units, every town, street, village and community with its county, and the columns.
 * Built from the newsroom's own data (the regions and columns in the database) or, for a dry run
 * without one, from the national division data.
 */
export function gazetteerOf(regions: GazetteerRegion[], columns: string[]): Gazetteer {
  return {
    prefecture: regions.find((region) => region.level === 'prefecture')?.name ?? null,
    counties: regions.filter((region) => region.level === 'county').map((region) => region.name),
    columns: [...new Set(columns)],
    places: regions.flatMap((region) =>
      region.county && region.level !== 'county' && region.level !== 'prefecture'
        ? [{ name: region.name, county: region.county }]
        : [],
    ),
  }
}
