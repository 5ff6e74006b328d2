import type { Article, Profile, User } from '@/payload-types'

import { relationId } from './relationId'

export type StoryCollection = 'articles' | 'profiles'

export const STORY_COLLECTIONS = ['articles', 'profiles'] as const satisfies StoryCollection[]

/** The parts of a story that decide who may change it. */
export type StoryState = Pick<Article | Profile, 'createdBy' | 'workflow' | '_status'>

/** A reporter's own story that has not gone to the desk and has never been published. */
export function isOwnEditableDraft(story: StoryState, user: Pick<User, 'id'>): boolean {
  return (
    relationId(story.createdBy) === user.id &&
    story.workflow === 'drafting' &&
    story._status !== 'published'
  )
}

/** Workflow states a reporter may set; the rest belong to the desk. */
export const REPORTER_WORKFLOW_STATES: StoryState['workflow'][] = ['drafting', 'submitted']
