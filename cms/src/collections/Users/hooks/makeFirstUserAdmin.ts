import type { CollectionBeforeChangeHook } from 'payload'

/** The first account of a fresh install must be able to manage the rest. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
