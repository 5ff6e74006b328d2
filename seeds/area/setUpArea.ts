import type { Region } from '@/payload-types'
import { relationId } from '@/lib/relationId'

import type { Transaction } from '../lib/allOrNothing'
import type { Tally } from '../lib/tally'
import type { DivisionArea } from './divisions'

const key = (level: Region['level'], name: string, parent: Region['id'] | null) =>
  `${level}:${name}:${parent ?? ''}`

/**
 * Creates the paper's region tree from the national data and makes its root the paper's coverage
 * area. Safe to run again, and it keeps what editors did: a place already there (by its code, or by
 * name and level under the same parent, which then gets its code) is left as an editor named and
 * placed it; places editors added are kept. `npm run area` runs it in one transaction; the admin's
 * picker (cms/src/endpoints/coverageArea.ts) without one, since the CMS server keeps SQLite
 * transactions off: a set-up cut short is completed by running it again.
 */
export async function setUpArea(
  tx: Pick<Transaction, 'payload' | 'local'>,
  tally: Tally,
  area: DivisionArea,
): Promise<Region> {
  const { docs: existing } = await tx.payload.find({
    collection: 'regions',
    pagination: false,
    ...tx.local,
  })
  const byCode = new Map(existing.flatMap((region) => (region.code ? [[region.code, region]] : [])))
  const byName = new Map(
    existing.map((region) => [key(region.level, region.name, relationId(region.parent)), region]),
  )
  let countyOrder = 0
  for (const place of area.places) {
    const parent = place.parentCode ? (byCode.get(place.parentCode) ?? null) : null
    if (place.parentCode && !parent) continue
    if (place.level === 'county') countyOrder++
    const known = byCode.get(place.code)
    if (known) {
      tally.matched('regions')
      continue
    }
    const named = byName.get(key(place.level, place.name, parent?.id ?? null))
    const region = named
      ? await tx.payload.update({
          collection: 'regions',
          id: named.id,
          data: { code: place.code, officialName: place.officialName },
          ...tx.local,
        })
      : await tx.payload.create({
          collection: 'regions',
          data: {
            name: place.name,
            level: place.level,
            parent: parent?.id ?? null,
            code: place.code,
            officialName: place.officialName,
            order: place.level === 'county' && parent ? countyOrder : undefined,
          },
          ...tx.local,
        })
    if (named) tally.matched('regions')
    else tally.created('regions')
    byCode.set(place.code, region)
  }
  const root = byCode.get(area.root.code)
  if (!root)
    throw new Error(`地区树的根没有建立：${area.root.name} (the area's root was not created)`)
  await tx.payload.updateGlobal({ slug: 'paper-settings', data: { area: root.id }, ...tx.local })
  return root
}
