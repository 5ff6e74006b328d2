import { divisionGazetteer } from '../../seeds/area/gazetteer'
import { loadDivisionArea } from '../../seeds/area/divisions'
import { COVERAGE_AREA, SAMPLE_AREA, SAMPLE_EXTRA_PLACES } from '../../seeds/data/regions'
import { SAMPLE_COLUMNS } from '../../seeds/data/sampleIssue'
import { gazetteerOf } from '../../seeds/importer/gazetteer'
import type { Gazetteer } from '../../seeds/importer/types'

/** The sample's prefecture and counties alone, no places: for rule tests on invented text. */
export const COUNTIES_GAZETTEER: Gazetteer = gazetteerOf(
  COVERAGE_AREA.filter((region) => region.level !== 'town' && region.level !== 'community').map(
    (region) => ({ name: region.name, level: region.level, county: null }),
  ),
  [],
)

/**
 * The gazetteer an import of the sample page reads once `npm start` has seeded the database: the
 * sample area from the national data down to towns, the places it adds, and its columns.
 */
export async function sampleGazetteer(): Promise<Gazetteer> {
  const gazetteer = divisionGazetteer(
    await loadDivisionArea(SAMPLE_AREA, { depth: 'town' }),
    SAMPLE_COLUMNS.map((column) => column.name),
  )
  const countyOf = new Map((gazetteer.places ?? []).map((place) => [place.name, place.county]))
  const extra = SAMPLE_EXTRA_PLACES.map((place) => ({
    name: place.name,
    county: countyOf.get(place.parent ?? '') ?? '',
  }))
  return { ...gazetteer, places: [...(gazetteer.places ?? []), ...extra] }
}
