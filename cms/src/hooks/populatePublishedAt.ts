import type { CollectionBeforeChangeHook } from 'payload'

/** The first moment a story goes live; kept through later corrections so feeds stay in order. */
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
