import type { DataFromCollectionSlug, RequiredDataFromCollectionSlug, Where } from 'payload'

import type { Transaction } from './allOrNothing'
import type { Tally } from './tally'

/** Collections whose documents seeds and imports look up by value and share between stories. */
export type LookupCollection =
  'contributors' | 'regions' | 'columns' | 'users' | 'proofreading-terms'

/**
 * The oldest document matching `where`, or a new one made from `data`: how seeds and imports stay
 * idempotent. Counted in the tally either way.
 */
export async function findOrCreate<S extends LookupCollection>(
  tx: Transaction,
  tally: Tally,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
): Promise<DataFromCollectionSlug<S>> {
  const { docs } = await tx.payload.find({
    collection,
    where,
    sort: 'createdAt',
    limit: 1,
    ...tx.local,
  })
  const found = docs[0] as DataFromCollectionSlug<S> | undefined
  if (found) {
    tally.matched(collection)
    return found
  }
  tally.created(collection)
  return await tx.payload.create({ collection, data, ...tx.local })
}
