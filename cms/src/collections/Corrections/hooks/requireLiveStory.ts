import type { CollectionBeforeChangeHook } from 'payload'

import type { Correction } from '@/payload-types'

import { relationId } from '../../../lib/relationId'
import { publicError } from '../../../security/publicError'

/** A correction is owed for what readers saw: only a published story takes one. */
export const requireLiveStory: CollectionBeforeChangeHook<Correction> = async ({
  data,
  originalDoc,
  req,
}) => {
  const story = data.story ?? originalDoc?.story
  const id = relationId(story?.value)
  const live =
    story &&
    id !== null &&
    (await req.payload
      .findByID({ collection: story.relationTo, id, depth: 0, overrideAccess: true, req })
      .then((doc) => doc._status === 'published' && !doc.deletedAt)
      .catch(() => false))
  if (!live)
    throw publicError('只能对已发布的稿件添加更正 (only a published story can be corrected)', 400)
  return data
}
