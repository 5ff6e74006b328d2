import type { CollectionAfterChangeHook } from 'payload'

import type { Region } from '@/payload-types'

import { relationId } from '../../../lib/relationId'

/** Moving a town under another county moves its communities with it. */
export const updateDescendantCounties: CollectionAfterChangeHook<Region> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || relationId(previousDoc?.parent) === relationId(doc.parent))
    return doc
  const { docs: children } = await req.payload.find({
    collection: 'regions',
    where: { parent: { equals: doc.id } },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    req,
  })
  for (const child of children) {
    // Re-saving runs populateCounty on the child, which recurses down through this hook.
    await req.payload.update({
      collection: 'regions',
      id: child.id,
      data: { parent: doc.id },
      req,
      overrideAccess: true,
    })
  }
  return doc
}
