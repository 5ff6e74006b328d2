import type { CollectionAfterChangeHook } from 'payload'

import type { Correction } from '@/payload-types'

import { relationId } from '../../../lib/relationId'
import { requestSiteBuild } from '../../../siteBuild/queue'

/**
 * Appending or amending a correction republishes its story: the site is rebuilt, and the story's
 * modified time in the snapshot moves to the correction's (public/corrections.ts).
 */
export const republishCorrectedStory: CollectionAfterChangeHook<Correction> = async ({
  doc,
  req,
}) => {
  const story = relationId(doc.story.value)
  await requestSiteBuild(
    req,
    { kind: doc.story.relationTo, id: story ?? undefined },
    `correction ${doc.id} of ${doc.story.relationTo} ${story}`,
  )
  return doc
}
