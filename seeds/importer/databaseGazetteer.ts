import type { Payload } from 'payload'

import { relationId } from '@/lib/relationId'

import type { Transaction } from '../lib/allOrNothing'
import { gazetteerOf } from './gazetteer'
import type { Gazetteer } from './types'

/**
 * The newsroom's own gazetteer: every region in the database (the area set up from the national
 * data, and the places editors added) and every column.
 */
export async function databaseGazetteer(
  payload: Payload,
  local: Partial<Transaction['local']> = {},
): Promise<Gazetteer> {
  // One after the other: a MongoDB transaction takes no parallel operations.
  const { docs: regions } = await payload.find({
    collection: 'regions',
    pagination: false,
    depth: 0,
    ...local,
  })
  const { docs: columns } = await payload.find({
    collection: 'columns',
    pagination: false,
    depth: 0,
    ...local,
  })
  const nameOf = new Map(regions.map((region) => [region.id, region.name]))
  return gazetteerOf(
    regions.map((region) => ({
      name: region.name,
      level: region.level,
      county: nameOf.get(relationId(region.county) ?? -1) ?? null,
    })),
    columns.map((column) => column.name),
  )
}
