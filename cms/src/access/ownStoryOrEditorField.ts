import type { FieldAccess } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { relationId } from '../lib/relationId'
import { isDeskUser } from './checkRole'

/** Desk notes: the desk and the reporter who owns the story; never the public. */
export const ownStoryOrEditorField: FieldAccess<Article | Profile> = ({ req: { user }, doc }) => {
  if (!user) return false
  if (isDeskUser(user)) return true
  return user.role === 'reporter' && relationId(doc?.createdBy) === user.id
}
