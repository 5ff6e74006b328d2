import type { CollectionConfig } from 'payload'

import { limitAnonymousReads } from './limitAnonymousReads'
import { refuseRiskyQueries } from './refuseRiskyQueries'

/** The collection with the API's read guards running before its own `beforeOperation` hooks. */
export function withReadGuards<T extends CollectionConfig>(collection: T): T {
  const own = collection.hooks?.beforeOperation ?? []
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseRiskyQueries, limitAnonymousReads, ...own],
    },
  }
}
