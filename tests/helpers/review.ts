import { createLocalReq, type Payload, type RequestContext } from 'payload'

import type { Article, User } from '@/payload-types'
import type { StoryCollection } from '@/lib/storyOwnership'

import { type Signers, signOffAll as signAll } from '../../seeds/lib/signOffAll'

/** The signers of the default 审校设置: 初审 desk, 复审 section, 终审 chief. */
export interface Reviewers {
  desk: User
  section: User
  chief: User
}

const signersOf = (r: Reviewers): Signers => ({ first: r.desk, second: r.section, final: r.chief })

/**
 * Submits a story (if it is still being drafted) and signs 初审, 复审 and 终审 as the three
 * reviewers (seeds/lib/signOffAll.ts): how tests get a story ready to publish.
 */
export async function signOffAll(
  payload: Payload,
  reviewers: Reviewers,
  collection: StoryCollection,
  id: number | string,
): Promise<void> {
  const latest = await payload.findByID({ collection, id, draft: true, depth: 0 })
  if (latest.workflow === 'drafting') {
    await payload.update({ collection, id, data: { workflow: 'submitted' }, draft: true })
  }
  await signAll(await createLocalReq({}, payload), signersOf(reviewers), { collection, id })
}

/**
 * An article filed as a draft, signed off by the three reviewers and published — by `user` through
 * the access rules when given, else as the system.
 */
export async function createPublished(
  payload: Payload,
  reviewers: Reviewers,
  data: Partial<Article> & Pick<Article, 'title'>,
  { user, context }: { user?: User; context?: RequestContext } = {},
): Promise<Article> {
  const { _status: _ignored, ...draftData } = data
  const draft = await payload.create({
    collection: 'articles',
    data: draftData,
    draft: true,
    context,
  })
  await signOffAll(payload, reviewers, 'articles', draft.id)
  return payload.update({
    collection: 'articles',
    id: draft.id,
    data: { _status: 'published' },
    ...(user ? { user, overrideAccess: false } : {}),
    context,
  })
}

/**
 * An edit of a live story as the desk makes one: saved as a draft (which sends it back to 复审 when
 * the text changed), signed again where it was sent back, and published — by `user` through the
 * access rules when given, else as the system.
 */
export async function publishEdit(
  payload: Payload,
  reviewers: Reviewers,
  collection: StoryCollection,
  id: number | string,
  data: Record<string, unknown>,
  { user, context }: { user?: User; context?: RequestContext } = {},
) {
  const as = user ? { user, overrideAccess: false } : {}
  await payload.update({ collection, id, data, draft: true, ...as, context })
  await signOffAll(payload, reviewers, collection, id)
  return payload.update({ collection, id, data: { _status: 'published' }, ...as, context })
}
