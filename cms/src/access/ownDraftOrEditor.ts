import type { Access, Where } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { isOwnEditableDraft, type StoryCollection } from '../lib/storyOwnership'
import { isDeskUser } from './checkRole'

/**
 * Editors change any story. A reporter changes only their own story while it is being drafted:
 * never publishing (which also covers scheduling and restoring a published version, since Payload
 * asks this rule with `_status: 'published'` for those), never after it went to the desk.
 *
 * Draft saves do not touch the main document, so with an id the latest version decides; without
 * one (bulk updates) the `Where` narrows to the reporter's unpublished stories and the
 * `enforceReporterLimits` hook checks each latest version.
 */
export const ownDraftOrEditor =
  (collection: StoryCollection): Access<Partial<Article | Profile>> =>
  async ({ req, id, data }) => {
    const { user } = req
    if (!user) return false
    if (isDeskUser(user)) return true
    if (user.role !== 'reporter' || data?._status === 'published') return false
    if (id === undefined || id === null) {
      const ownUnpublished: Where = {
        and: [{ createdBy: { equals: user.id } }, { _status: { not_equals: 'published' } }],
      }
      return ownUnpublished
    }
    const latest = await req.payload
      .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    return Boolean(latest && isOwnEditableDraft(latest, user))
  }
