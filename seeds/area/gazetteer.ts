import { gazetteerOf } from '../importer/gazetteer'
import type { Gazetteer } from '../importer/types'
import type { DivisionArea } from './divisions'

/** The gazetteer of an area straight from the national data, for a dry run without a database. */
export function divisionGazetteer(area: DivisionArea, columns: string[] = []): Gazetteer {
  const byCode = new Map(area.places.map((place) => [place.code, place]))
  const countyOf = (code: string | null): string | null => {
    const place = code ? byCode.get(code) : undefined
    if (!place) return null
    return place.level === 'county' ? place.name : countyOf(place.parentCode)
  }
  return gazetteerOf(
    area.places.map((place) => ({
      name: place.name,
      level: place.level,
      county: place.level === 'county' ? null : countyOf(place.parentCode),
    })),
    columns,
  )
}
