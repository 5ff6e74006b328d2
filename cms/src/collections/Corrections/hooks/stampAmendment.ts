import type { CollectionBeforeChangeHook } from 'payload'

import type { Correction } from '@/payload-types'

/** An amended correction says so on the site: 更正于…，修改于…. The earlier text stays in versions. */
export const stampAmendment: CollectionBeforeChangeHook<Correction> = ({ data, operation }) => {
  if (operation === 'update') data.amendedAt = new Date().toISOString()
  return data
}
