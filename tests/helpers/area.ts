import type { Payload } from 'payload'

import type { Region } from '@/payload-types'

import { type AreaDepth, loadDivisionArea } from '../../seeds/area/divisions'
import { setUpArea } from '../../seeds/area/setUpArea'
import { SAMPLE_AREA } from '../../seeds/data/regions'
import { allOrNothing } from '../../seeds/lib/allOrNothing'
import { Tally } from '../../seeds/lib/tally'

/**
 * Sets up a coverage area from the national data as `npm run area` does (the sample paper's area,
 * down to towns, unless told otherwise); needs SQLite transactions on (BATCH_ENV).
 */
export async function setUpTestArea(
  payload: Payload,
  name: string = SAMPLE_AREA,
  depth: AreaDepth = 'town',
): Promise<Region> {
  const area = await loadDivisionArea(name, { depth })
  return allOrNothing(payload, (tx) => setUpArea(tx, new Tally(), area))
}
