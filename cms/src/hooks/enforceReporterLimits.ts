import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import type { Article, Profile } from '@/payload-types'

import {
  isOwnEditableDraft,
  REPORTER_WORKFLOW_STATES,
  type StoryState,
} from '../lib/storyOwnership'

/**
 * The last line behind the access rules, run on every write path (admin, REST, GraphQL, bulk,
 * Local API with a user): a reporter never publishes, never moves a story past "submitted" and
 * never touches a story that is not their own draft. Bulk updates reach here once per document,
 * with the latest version as `originalDoc`, which the collection-level `Where` cannot see.
 */
export const enforceReporterLimits: CollectionBeforeChangeHook<Article | Profile> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (user?.role !== 'reporter') return data
  if (data._status === 'published') throw new Forbidden(req.t)
  if (data.workflow && !REPORTER_WORKFLOW_STATES.includes(data.workflow)) throw new Forbidden(req.t)
  if (operation === 'update' && !isOwnEditableDraft(originalDoc as StoryState, user)) {
    throw new Forbidden(req.t)
  }
  return data
}
