import type { CollectionAfterChangeHook } from 'payload'

import type { Region } from '@/payload-types'

import { relationId } from '../../../lib/relationId'
import { replaceStories } from '../../../lib/replaceStories'
import { STORY_COLLECTIONS } from '../../../lib/storyOwnership'

/**
 * Re-places the stories under a region that moved: a town put under another county, a county under
 * another prefecture. The descendants that updateDescendantCounties re-saves each re-place their
 * own stories; a renamed region changes nothing stored, since stories point at it by id.
 */
export const updateStoryPlaces: CollectionAfterChangeHook<Region> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const moved =
    relationId(previousDoc?.parent) !== relationId(doc.parent) ||
    relationId(previousDoc?.county) !== relationId(doc.county) ||
    previousDoc?.level !== doc.level
  if (!moved) return doc
  for (const collection of STORY_COLLECTIONS) {
    await replaceStories(req, collection, {
      or: [
        { regions: { in: [doc.id] } },
        // A county that moved carries every story listed under it, whatever place they name.
        ...(doc.level === 'county' ? [{ county: { equals: doc.id } }] : []),
      ],
    })
  }
  return doc
}
