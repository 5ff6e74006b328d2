import type { CollectionBeforeChangeHook } from 'payload'

import type { Edition } from '@/payload-types'

import { relationId } from '../../../lib/relationId'
import { publishRefusal, ReviewRefusal } from '../../../lib/signOff'

/**
 * An edition publishes its stories (publishEditionStories), so it may go live — now or at its
 * scheduled time — only when every story on its pages carries its 终审. Refused before anything is
 * written, naming the stories still in review.
 */
export const requireSignedOffStories: CollectionBeforeChangeHook<Edition> = async ({
  data,
  originalDoc,
  req,
}) => {
  // Only going live publishes the stories (publishEditionStories); later saves publish none.
  if (data._status !== 'published' || originalDoc?._status === 'published') return data
  const pages = data.pages ?? originalDoc?.pages ?? []
  const waiting: string[] = []
  for (const page of pages) {
    for (const story of page.stories ?? []) {
      const id = relationId(story.value)
      if (id === null) continue
      if (await publishRefusal(req, story.relationTo, id)) {
        const doc = await req.payload.findByID({
          collection: story.relationTo,
          id,
          draft: true,
          depth: 0,
          select: { title: true },
          overrideAccess: true,
          req,
        })
        waiting.push(`第${page.number}版《${doc.title}》`)
      }
    }
  }
  if (waiting.length === 0) return data
  throw new ReviewRefusal(
    `以下稿件尚未终审签发，本期不能发布 (these stories lack the final review sign-off): ${waiting.join('、')}`,
    403,
  )
}
