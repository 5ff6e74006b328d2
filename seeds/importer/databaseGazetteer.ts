import { relationId } from '@/lib/relationId'

import type { Transaction } from '../lib/allOrNothing'
import { DEFAULT_GAZETTEER } from './gazetteer'
import type { Gazetteer } from './types'

const unique = (names: string[]) => [...new Set(names)]

/**
 * The default gazetteer extended with what the CMS knows: county-level regions and columns added
 * by editors, and towns and communities with their counties, which lets the parser place a
 * community printed without its county.
 */
export async function databaseGazetteer(tx: Transaction): Promise<Gazetteer> {
  // One after the other: a MongoDB transaction takes no parallel operations.
  const { docs: regions } = await tx.payload.find({
    collection: 'regions',
    pagination: false,
    ...tx.local,
  })
  const { docs: columns } = await tx.payload.find({
    collection: 'columns',
    pagination: false,
    ...tx.local,
  })
  const nameOf = new Map(regions.map((region) => [region.id, region.name]))
  return {
    prefecture: DEFAULT_GAZETTEER.prefecture,
    counties: unique([
      ...DEFAULT_GAZETTEER.counties,
      ...regions.filter((region) => region.level === 'county').map((region) => region.name),
    ]),
    columns: unique([...DEFAULT_GAZETTEER.columns, ...columns.map((column) => column.name)]),
    places: regions.flatMap((region) => {
      const county = nameOf.get(relationId(region.county) ?? -1)
      return county ? [{ name: region.name, county }] : []
    }),
  }
}
