import { schedulePublishIfPermitted as schedulePublishHandler } from '@/serverFunctions/schedulePublishIfPermitted'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { createPublished, signOffAll, type Reviewers } from '../helpers/review'
import { waitFor } from '../helpers/waitFor'

let cms: TestCMS
let payload: Payload
let editor: User
let reporter: User
let reviewers: Reviewers

/** Schedules through the same server function the admin's schedule drawer calls. */
async function schedule(
  user: User,
  id: number | string,
  secondsAhead: number,
  type: 'publish' | 'unpublish' = 'publish',
) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return schedulePublishHandler({
    type,
    date: new Date(Date.now() + secondsAhead * 1000),
    doc: { relationTo: 'articles', value: String(id) },
    req,
  })
}

/** The drawer's delete button: it sends the job's id and nothing else. */
async function removeSchedule(user: User, jobId: number | string) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return schedulePublishHandler({ deleteID: jobId, req })
}

/** Every schedule a story has had, oldest first, with what became of it. */
async function schedulesOf(id: number | string) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: 'schedulePublish' },
      'input.doc.value': { equals: String(id) },
    },
    sort: 'createdAt',
    limit: 0,
    overrideAccess: true,
  })
  return docs.map((job) => ({
    id: job.id,
    type: (job.input as { type?: string }).type,
    waitUntil: job.waitUntil ? Date.parse(job.waitUntil) : null,
    state: job.completedAt
      ? 'done'
      : (job.error as { cancelled?: boolean } | null)?.cancelled
        ? 'cancelled'
        : job.hasError
          ? 'failed'
          : 'pending',
  }))
}

/** A story filed by the reporter and signed off by the three reviewers: ready to schedule. */
async function signedStory(title: string) {
  const story = await payload.create({
    collection: 'articles',
    data: storyData(title),
    draft: true,
    user: reporter,
    overrideAccess: false,
  })
  await signOffAll(payload, reviewers, 'articles', story.id)
  return story
}

const statusOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'articles', id, depth: 0, trash: true }))._status

/** Waits out a moment: the one condition here is the clock itself (a time that must pass). */
const until = (at: number) => waitFor(() => (Date.now() > at ? true : undefined), 60_000)

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

  it('publishes on start-up a story that fell due while the CMS was down, and asks for a build', async () => {
    const story = await signedStory('停机期间到点的稿件')
    const due = Date.now() + 2000
    expect(await schedule(editor, story.id, 2)).not.toHaveProperty('error')

    // The CMS goes down before the story's time and stays down past it.
    await payload.destroy()
    await until(due + 1000)
    const restarted = await cms.restart({ cron: true })
    payload = restarted
    const published = await waitFor(async () => {
      const doc = await restarted.findByID({ collection: 'articles', id: story.id, depth: 0 })
      return doc._status === 'published' ? doc : undefined
    }, 60_000)
    expect(Date.parse(published.publishedAt ?? '')).toBeGreaterThanOrEqual(due - 50)
    expect((await schedulesOf(story.id)).map((j) => j.state)).toEqual(['done'])
    // The publish asked for the site build that puts it live, and recorded what it changed.
    const changes = await restarted.find({
      collection: 'site-changes',
      where: { kind: { equals: 'articles' }, docId: { equals: String(story.id) } },
      overrideAccess: true,
    })
    expect(changes.totalDocs).toBe(1)
    const builds = await restarted.find({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'buildSite' },
        'input.reason': { equals: `articles ${story.id}` },
      },
      overrideAccess: true,
    })
    expect(builds.totalDocs).toBe(1)
  })
})

describe('schedules follow what the editor decided last', () => {
  it('replaces the earlier time when a story is rescheduled', async () => {
    const story = await signedStory('改期的稿件')
    const firstDue = Date.now() + 3000
    expect(await schedule(editor, story.id, 3)).not.toHaveProperty('error')
    expect(await schedule(editor, story.id, 3600)).not.toHaveProperty('error')

    const [first, second] = await schedulesOf(story.id)
    expect(first).toMatchObject({ type: 'publish', state: 'cancelled' })
    expect(second).toMatchObject({ type: 'publish', state: 'pending' })
    expect(second.waitUntil).toBeGreaterThan(Date.now() + 3500_000)

    // The earlier time passes and the runner runs: the story waits for its new time.
    await until(firstDue + 500)
    await payload.jobs.run({ overrideAccess: true })
    expect(await statusOf(story.id)).toBe('draft')
    expect((await schedulesOf(story.id)).map((j) => j.state)).toEqual(['cancelled', 'pending'])
  })

  it('keeps a scheduled unpublish beside a scheduled publish of the same story', async () => {
    const story = await signedStory('定时上线又定时下线的稿件')
    expect(await schedule(editor, story.id, 3600)).not.toHaveProperty('error')
    expect(await schedule(editor, story.id, 7200, 'unpublish')).not.toHaveProperty('error')
    expect((await schedulesOf(story.id)).map((j) => [j.type, j.state])).toEqual([
      ['publish', 'pending'],
      ['unpublish', 'pending'],
    ])
  })

  it('cancels the scheduled publish of a story that is unpublished, not on a draft save', async () => {
    const story = await createPublished(payload, reviewers, storyData('撤下的稿件'))
    expect(await schedule(editor, story.id, 3600)).not.toHaveProperty('error')

    // Work on the next version, saved as a draft beside the live one: the schedule stands.
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { subtitle: '修改中的副题' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect((await schedulesOf(story.id)).map((j) => j.state)).toEqual(['pending'])

    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    expect((await schedulesOf(story.id)).map((j) => j.state)).toEqual(['cancelled'])
    expect(await statusOf(story.id)).toBe('draft')
  })

  it('cancels every schedule of a story put in the trash, and of one deleted for good', async () => {
    const trashed = await signedStory('进了回收站的稿件')
    expect(await schedule(editor, trashed.id, 3)).not.toHaveProperty('error')
    expect(await schedule(editor, trashed.id, 7200, 'unpublish')).not.toHaveProperty('error')
    const due = Date.now() + 3000
    await payload.update({
      collection: 'articles',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
      user: editor,
      overrideAccess: false,
    })
    expect((await schedulesOf(trashed.id)).map((j) => j.state)).toEqual(['cancelled', 'cancelled'])
    await until(due + 500)
    await payload.jobs.run({ overrideAccess: true })
    expect(await statusOf(trashed.id)).toBe('draft')

    const deleted = await signedStory('被彻底删除的稿件')
    expect(await schedule(editor, deleted.id, 3600)).not.toHaveProperty('error')
    await payload.delete({ collection: 'articles', id: deleted.id, overrideAccess: true })
    expect((await schedulesOf(deleted.id)).map((j) => j.state)).toEqual(['cancelled'])
  })

  it('removes a schedule from the drawer for an editor, keeping its record; not for a reporter', async () => {
    const story = await signedStory('取消预约的稿件')
    expect(await schedule(editor, story.id, 3600)).not.toHaveProperty('error')
    const [job] = await schedulesOf(story.id)

    expect(await removeSchedule(reporter, job.id)).toEqual({
      error: '您无权执行此操作。',
    })
    expect((await schedulesOf(story.id)).map((j) => j.state)).toEqual(['pending'])

    expect(await removeSchedule(editor, job.id)).not.toHaveProperty('error')
    // Cancelled, not deleted — and no empty job queued in its place (Payload's own handler does).
    expect(await schedulesOf(story.id)).toEqual([{ ...job, waitUntil: null, state: 'cancelled' }])
    const strays = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' }, 'input.doc': { exists: false } },
      overrideAccess: true,
    })
    expect(strays.totalDocs).toBe(0)
  })
})
