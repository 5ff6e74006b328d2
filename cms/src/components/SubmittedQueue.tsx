import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { isDeskUser } from '../access/checkRole'

const time = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })

/** The desk's queue on the dashboard: stories reporters have handed in, oldest waiting first. */
export async function SubmittedQueue({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  if (!isDeskUser(user)) return null
  const read = (collection: 'articles' | 'profiles') =>
    payload.find({
      collection,
      // Handed in and not yet live: once published a story has left the queue.
      where: {
        and: [{ workflow: { equals: 'submitted' } }, { _status: { not_equals: 'published' } }],
      },
      draft: true,
      depth: 0,
      limit: 50,
      sort: 'updatedAt',
      overrideAccess: false,
      user,
    })
  const [articles, profiles] = await Promise.all([read('articles'), read('profiles')])
  const queue = [
    ...articles.docs.map((d) => ({ ...d, collection: 'articles' as const })),
    ...profiles.docs.map((d) => ({ ...d, collection: 'profiles' as const })),
  ].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  return (
    <section
      aria-labelledby="queue-heading"
      style={{ marginBottom: 'var(--base)' }}
      data-testid="submitted-queue"
    >
      <h2 id="queue-heading">待审稿件（{queue.length}）</h2>
      {queue.length === 0 ? (
        <p>没有等待审阅的稿件。</p>
      ) : (
        <ol>
          {queue.map((story) => (
            <li key={`${story.collection}-${story.id}`}>
              <a href={`/admin/collections/${story.collection}/${story.id}`}>{story.title}</a>
              {story.collection === 'profiles' ? '（口述实录）' : ''} · 最后修改于{' '}
              {time(story.updatedAt)}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
