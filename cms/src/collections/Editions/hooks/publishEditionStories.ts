import type { CollectionAfterChangeHook } from 'payload'

import type { Edition } from '@/payload-types'

/**
 * Publishing an edition — now or at its scheduled time — publishes every story on its pages in
 * the same moment, as the person who published the edition (so a reporter's rights never grow).
 */
export const publishEditionStories: CollectionAfterChangeHook<Edition> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status !== 'published' || previousDoc?._status === 'published') return doc
  for (const page of doc.pages ?? []) {
    for (const story of page.stories ?? []) {
      const id = typeof story.value === 'object' ? story.value.id : story.value
      await req.payload.update({
        collection: story.relationTo,
        id,
        data: { _status: 'published' },
        overrideAccess: !req.user,
        user: req.user,
        req,
      })
    }
  }
  return doc
}
