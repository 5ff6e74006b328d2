import type { CollectionBeforeChangeHook } from 'payload'

import type { Correction } from '@/payload-types'

import { relationId } from '../../../lib/relationId'
import { publicError } from '../../../security/publicError'

/**
 * A correction stays on the story it corrects: moving it to another would remove it from the first
 * story's page without a trace there.
 */
export const keepOnItsStory: CollectionBeforeChangeHook<Correction> = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !data.story || !originalDoc) return data
  const same =
    data.story.relationTo === originalDoc.story.relationTo &&
    String(relationId(data.story.value)) === String(relationId(originalDoc.story.value))
  if (!same) throw publicError('更正不能移到另一篇稿件 (a correction stays on its story)', 400)
  return data
}
