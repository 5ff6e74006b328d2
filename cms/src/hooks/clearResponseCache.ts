import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  TypeWithID,
} from 'payload'

import { clearResponseCache } from '../responseCache/store'
import { changesWhatReadersSee, type Versioned } from './queueSiteBuild'

/**
 * Stories and editions: the anonymous response cache is cleared the moment what readers see
 * changes (publish, unpublish, edit of a live document, a scheduled publish) — seeds and tests
 * included, whatever they say about site builds — and kept through draft saves and autosaves.
 */
export const clearResponseCacheForVersioned: CollectionAfterChangeHook<Versioned> = async (
  args,
) => {
  if (await changesWhatReadersSee(args)) {
    clearResponseCache()
  }
  return args.doc
}

/** Photos, contributors, regions, columns: any change, a new one included, is public at once. */
export const clearResponseCacheOnChange: CollectionAfterChangeHook<TypeWithID> = ({ doc }) => {
  clearResponseCache()
  return doc
}

export const clearResponseCacheOnDelete: CollectionAfterDeleteHook<TypeWithID> = ({ doc }) => {
  clearResponseCache()
  return doc
}

/** The collection with the cache-clearing hooks running before its own after-hooks. */
export function withResponseCacheClearing<T extends CollectionConfig>(collection: T): T {
  if (collection.slug === 'users') return collection
  const afterChange = collection.versions
    ? clearResponseCacheForVersioned
    : clearResponseCacheOnChange
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [afterChange, ...(collection.hooks?.afterChange ?? [])],
      afterDelete: [clearResponseCacheOnDelete, ...(collection.hooks?.afterDelete ?? [])],
    },
  }
}
