import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { type Queued, reviewQueues, waited } from '../lib/reviewQueues'

function QueueList({ items, now, testId }: { items: Queued[]; now: number; testId: string }) {
  if (items.length === 0) return <p data-testid={testId}>无</p>
  return (
    <ol data-testid={testId}>
      {items.map((story) => (
        <li key={`${story.collection}-${story.id}`}>
          <a href={`/admin/collections/${story.collection}/${story.id}`}>{story.title}</a>
          {story.collection === 'profiles' ? '（口述实录）' : ''} · 已等 {waited(story.since, now)}
        </li>
      ))}
    </ol>
  )
}

/**
 * The desk's dashboard: each review stage's queue — waiting for me, waiting for others — and the
 * stories ready to publish, oldest first, with how long each has waited (lib/reviewQueues.ts).
 */
export async function ReviewQueues({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  const queues = await reviewQueues(payload, user)
  if (!queues) return null
  const now = Date.now()
  return (
    <section
      aria-labelledby="review-queues-heading"
      style={{ marginBottom: 'var(--base)' }}
      data-testid="review-queues"
    >
      <h2 id="review-queues-heading">三审三校</h2>
      {queues.stages.map(({ stage, label, mine, others }) => (
        <div key={stage} data-testid={`queue-${stage}`}>
          <h3>
            待{label}（{mine.length + others.length}）
          </h3>
          <h4>等我签（{mine.length}）</h4>
          <QueueList items={mine} now={now} testId={`queue-${stage}-mine`} />
          <h4>等他人签（{others.length}）</h4>
          <QueueList items={others} now={now} testId={`queue-${stage}-others`} />
        </div>
      ))}
      <div data-testid="queue-ready">
        <h3>终审已签，待发布（{queues.ready.length}）</h3>
        <QueueList items={queues.ready} now={now} testId="queue-ready-list" />
      </div>
    </section>
  )
}
