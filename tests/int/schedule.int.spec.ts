import { schedulePublishIfPermitted as schedulePublishHandler } from '@/serverFunctions/schedulePublishIfPermitted'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { signOffAll, type Reviewers } from '../helpers/review'
import { waitFor } from '../helpers/waitFor'

let cms: TestCMS
let payload: Payload
let editor: User
let reporter: User
let reviewers: Reviewers

/** Schedules through the same server function the admin's schedule drawer calls. */
async function schedule(user: User, id: number | string, secondsAhead: number) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return schedulePublishHandler({
    type: 'publish',
    date: new Date(Date.now() + secondsAhead * 1000),
    doc: { relationTo: 'articles', value: String(id) },
    req,
  })
}

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ editor, reporter, reviewers } = await createNewsroom(payload))
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('scheduled publishing', () => {
  it('publishes a story at its time after the CMS restarted in between', async () => {
    const story = await payload.create({
      collection: 'articles',
      data: storyData('定时发布的稿件'),
      draft: true,
      user: reporter,
      overrideAccess: false,
    })
    await signOffAll(payload, reviewers, 'articles', story.id)
    const due = Date.now() + 3000
    expect(await schedule(editor, story.id, 3)).not.toHaveProperty('error')
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(pending.totalDocs).toBe(1)

    // The process that took the schedule goes away; a new one, with its job runner, takes over.
    await payload.destroy()
    const restarted = await cms.restart({ cron: true })
    expect(
      (await restarted.findByID({ collection: 'articles', id: story.id, depth: 0 }))._status,
    ).toBe('draft')

    const published = await waitFor(async () => {
      const doc = await restarted.findByID({ collection: 'articles', id: story.id, depth: 0 })
      return doc._status === 'published' ? doc : undefined
    }, 60_000)
    // Published when its time came (not when it was scheduled), and seen right after.
    const at = Date.parse(published.publishedAt ?? '')
    expect(at).toBeGreaterThanOrEqual(due - 50)
    expect(at).toBeLessThanOrEqual(Date.now())
    payload = restarted
  })

  it('does not publish when the person who scheduled it may no longer publish', async () => {
    const demoted = await payload.create({
      collection: 'users',
      data: {
        email: 'former-editor@county-news.test',
        password: 'x-1234567890',
        name: '前编辑',
        role: 'editor',
      },
    })
    const story = await payload.create({
      collection: 'articles',
      data: storyData('降级后的定时稿件'),
      draft: true,
      overrideAccess: true,
    })
    await signOffAll(payload, reviewers, 'articles', story.id)
    expect(await schedule(demoted, story.id, 2)).not.toHaveProperty('error')
    await payload.update({ collection: 'users', id: demoted.id, data: { role: 'reporter' } })

    // Its time comes in two seconds: the runner is asked until the job has run.
    const job = await waitFor(async () => {
      await payload.jobs.run({ overrideAccess: true })
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { 'input.doc.value': { equals: String(story.id) } },
        overrideAccess: true,
      })
      return docs[0]?.hasError || docs[0]?.completedAt ? docs[0] : undefined
    }, 60_000)
    expect(job.hasError).toBe(true)
    expect(
      (await payload.findByID({ collection: 'articles', id: story.id, depth: 0 }))._status,
    ).toBe('draft')
  })
})
