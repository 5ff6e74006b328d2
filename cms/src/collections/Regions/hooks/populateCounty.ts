import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import type { Region } from '@/payload-types'

import { relationId } from '../../../lib/relationId'
import { levelRank } from '../levels'

/**
 * Checks the parent sits above the region and stores the county-level ancestor, so "which county
 * is this in" is one read of one document (see `countyOf`). A county-level region stores none: it
 * is its own county; the prefecture has none either. A county may be the root of the tree (a county
 * paper's area); every place below a county needs its parent.
 */
export const populateCounty: CollectionBeforeChangeHook<Region> = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const level = data.level ?? originalDoc?.level
  const parentId = relationId(data.parent !== undefined ? data.parent : originalDoc?.parent)
  const fail = (message: string) => {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'parent', message }],
    })
  }
  if (!level) return data
  if (level === 'prefecture') {
    if (parentId) fail('州是地区树的顶层，不能有上级 (a prefecture has no parent)')
    data.county = null
    return data
  }
  if (!parentId) {
    // A county paper's tree starts at its county.
    if (level === 'county') {
      data.county = null
      return data
    }
    return fail('请选择上级地区 (choose the region this one belongs to)')
  }
  const parent = await req.payload.findByID({
    collection: 'regions',
    id: parentId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (levelRank(parent.level) >= levelRank(level)) {
    fail(`上级地区“${parent.name}”的层级必须高于本地区 (the parent must be a higher level)`)
  }
  data.county =
    level === 'county' ? null : parent.level === 'county' ? parent.id : relationId(parent.county)
  return data
}
