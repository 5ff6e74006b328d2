import type { CollectionBeforeChangeHook } from 'payload'

/** Records who filed a document. The field's access keeps anyone but the desk from overriding it. */
export const populateCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.createdBy) {
    data.createdBy = req.user.id
  }
  return data
}
