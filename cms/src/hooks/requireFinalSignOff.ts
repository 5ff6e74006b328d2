import type { CollectionBeforeChangeHook } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { isReadyToPublish, PUBLISH_REFUSED, ReviewRefusal } from '../lib/signOff'

/**
 * No story goes live without its 终审 for exactly the text going live — for everyone, admins and
 * system code included: publishing now, a scheduled job, an edition publishing its stories,
 * restoring a published version. Runs after keepReviewRecords has applied any send-back.
 */
export const requireFinalSignOff: CollectionBeforeChangeHook<Article | Profile> = ({
  data,
  originalDoc,
}) => {
  if (data._status !== 'published') return data
  if (!isReadyToPublish({ ...originalDoc, ...data })) throw new ReviewRefusal(PUBLISH_REFUSED, 403)
  return data
}
