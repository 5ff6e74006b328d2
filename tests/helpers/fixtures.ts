import type { Payload } from 'payload'

import type { Article, User } from '@/payload-types'
import { paragraphsToLexical } from '@/lib/lexical'

export const PASSWORD = 'correct-horse-battery-staple'

/**
 * One account per role — the three reviewers of 三审三校 included — plus a second reporter whose
 * stories the first must not touch.
 */
export async function createNewsroom(payload: Payload) {
  const make = (name: string, role: User['role']) =>
    payload.create({
      collection: 'users',
      data: { email: `${name}@county-news.test`, password: PASSWORD, name, role },
    })
  const admin = await make('admin', 'admin')
  const editor = await make('editor', 'editor')
  const reporter = await make('reporter', 'reporter')
  const otherReporter = await make('reporter2', 'reporter')
  const reviewers = {
    desk: await make('desk', 'desk'),
    section: await make('section', 'section'),
    chief: await make('chief', 'chief'),
  }
  const contributor = await payload.create({
    collection: 'contributors',
    data: { name: '杨鹤', defaultRole: 'staff' },
  })
  return { admin, editor, reporter, otherReporter, reviewers, contributor }
}

/** The fields of a plain story, as a reporter would file it. */
export function storyData(title: string, extra: Partial<Article> = {}) {
  return {
    title,
    workflow: 'drafting' as const,
    body: paragraphsToLexical([`${title}的正文第一段。`, '第二段。']),
    ...extra,
  }
}
