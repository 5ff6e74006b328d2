import type { CollectionBeforeChangeHook } from 'payload'

import type { Article, Profile } from '@/payload-types'

/**
 * The first moment a story goes live, kept through later corrections so feeds stay in order; and a
 * published story has by definition passed the desk, so its workflow says 已审定.
 */
export const populatePublishedAt: CollectionBeforeChangeHook<Article | Profile> = ({
  data,
  originalDoc,
}) => {
  if (data._status !== 'published') return data
  if (!data.publishedAt && !originalDoc?.publishedAt) data.publishedAt = new Date().toISOString()
  data.workflow = 'approved'
  return data
}
