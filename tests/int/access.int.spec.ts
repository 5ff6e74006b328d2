import { createLocalReq, type Payload } from 'payload'
import { schedulePublishIfPermitted as schedulePublishHandler } from '@/serverFunctions/schedulePublishIfPermitted'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { signOffAll, type Reviewers } from '../helpers/review'

let cms: TestCMS
let payload: Payload
let admin: User
let editor: User
let reporter: User
let otherReporter: User
let reviewers: Reviewers

const as = (user: User) => ({ user, overrideAccess: false as const })
const latest = (id: number | string) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })

/** A reporter's draft, filed through the access rules as the reporter would. */
const fileDraft = (user: User, title: string) =>
  payload.create({ collection: 'articles', data: storyData(title), draft: true, ...as(user) })

/** A story the reviewers signed off and the desk published. */
async function publishedStory(title: string): Promise<Article> {
  const draft = await fileDraft(reporter, title)
  await signOffAll(payload, reviewers, 'articles', draft.id)
  return payload.update({
    collection: 'articles',
    id: draft.id,
    data: { _status: 'published' },
    ...as(editor),
  })
}

/** Runs a refused write and proves the stored story did not change. */
async function expectRefusedAndUnchanged(id: number | string, attempt: () => Promise<unknown>) {
  const before = await latest(id)
  const versionsBefore = await payload.countVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
  })
  await expect(attempt()).rejects.toMatchObject({ status: 403 })
  const after = await latest(id)
  expect(after).toEqual(before)
  const versionsAfter = await payload.countVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
  })
  expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs)
}

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ admin, editor, reporter, otherReporter, reviewers } = await createNewsroom(payload))
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('a reporter', () => {
  it('files a draft that is recorded as theirs and starts in drafting', async () => {
    const story = await fileDraft(reporter, '记者的稿件')
    expect(story._status).toBe('draft')
    expect(story.workflow).toBe('drafting')
    expect(story.createdBy).toMatchObject({ id: reporter.id })
  })

  it('cannot file a story as someone else', async () => {
    const story = await payload.create({
      collection: 'articles',
      data: storyData('冒名稿件', { createdBy: otherReporter.id }),
      draft: true,
      ...as(reporter),
    })
    expect((await latest(story.id)).createdBy).toBe(reporter.id)
  })

  it('cannot create a story already published', async () => {
    const before = await payload.count({ collection: 'articles', overrideAccess: true })
    await expect(
      payload.create({
        collection: 'articles',
        data: storyData('直接发布', { _status: 'published' }),
        ...as(reporter),
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('edits their own draft, and every save is a version', async () => {
    const story = await fileDraft(reporter, '初稿')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { title: '二稿' },
      draft: true,
      ...as(reporter),
    })
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { title: '三稿' },
      draft: true,
      ...as(reporter),
    })
    expect((await latest(story.id)).title).toBe('三稿')
    const { totalDocs } = await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: story.id } },
    })
    expect(totalDocs).toBe(3)
  })

  it('submits a draft to the desk and then can no longer change it', async () => {
    const story = await fileDraft(reporter, '交稿')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { workflow: 'submitted' },
      draft: true,
      ...as(reporter),
    })
    expect((await latest(story.id)).workflow).toBe('submitted')
    await expectRefusedAndUnchanged(story.id, () =>
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { title: '交稿后偷改' },
        draft: true,
        ...as(reporter),
      }),
    )
  })

  it('cannot move a story past submitted', async () => {
    const story = await fileDraft(reporter, '自己审定')
    await expectRefusedAndUnchanged(story.id, () =>
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { workflow: 'approved' },
        draft: true,
        ...as(reporter),
      }),
    )
  })

  it("cannot edit another reporter's story", async () => {
    const story = await fileDraft(otherReporter, '别人的稿件')
    await expectRefusedAndUnchanged(story.id, () =>
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { title: '改别人的' },
        draft: true,
        ...as(reporter),
      }),
    )
  })

  it('cannot publish their own draft', async () => {
    const story = await fileDraft(reporter, '想发布')
    await expectRefusedAndUnchanged(story.id, () =>
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { _status: 'published' },
        ...as(reporter),
      }),
    )
    expect(
      (await payload.findByID({ collection: 'articles', id: story.id, depth: 0 }))._status,
    ).toBe('draft')
  })

  it('cannot unpublish, edit or delete a published story', async () => {
    const story = await publishedStory('已发布稿件')
    await expectRefusedAndUnchanged(story.id, () =>
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { _status: 'draft' },
        ...as(reporter),
      }),
    )
    await expectRefusedAndUnchanged(story.id, () =>
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { title: '改已发布' },
        draft: true,
        ...as(reporter),
      }),
    )
    await expectRefusedAndUnchanged(story.id, () =>
      payload.delete({ collection: 'articles', id: story.id, ...as(reporter) }),
    )
  })

  it('cannot delete or trash even their own draft', async () => {
    const story = await fileDraft(reporter, '想删除')
    await expectRefusedAndUnchanged(story.id, () =>
      payload.delete({ collection: 'articles', id: story.id, ...as(reporter) }),
    )
    await expectRefusedAndUnchanged(story.id, () =>
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { deletedAt: new Date().toISOString() },
        ...as(reporter),
      }),
    )
  })

  it('cannot restore a published version', async () => {
    const story = await publishedStory('恢复版本')
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: story.id } }, { 'version._status': { equals: 'published' } }],
      },
      overrideAccess: true,
    })
    await expectRefusedAndUnchanged(story.id, () =>
      payload.restoreVersion({ collection: 'articles', id: docs[0].id, ...as(reporter) }),
    )
  })

  it('cannot schedule a publish, through the admin handler or the jobs queue', async () => {
    const story = await fileDraft(reporter, '想定时发布')
    const req = await createLocalReq({ user: reporter }, payload)
    await expect(
      schedulePublishHandler({
        type: 'publish',
        date: new Date(Date.now() + 60_000),
        doc: { relationTo: 'articles', value: String(story.id) },
        req,
      }),
    ).resolves.toHaveProperty('error')
    await expect(
      payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'articles', value: story.id } },
        waitUntil: new Date(Date.now() + 60_000),
        overrideAccess: false,
        req,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('cannot run or cancel jobs', async () => {
    const req = await createLocalReq({ user: reporter }, payload)
    await expect(payload.jobs.run({ overrideAccess: false, req })).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.jobs.cancel({ where: { id: { exists: true } }, overrideAccess: false, req }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('cannot change whose story it is', async () => {
    const story = await fileDraft(reporter, '改归属')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { createdBy: otherReporter.id, title: '改归属（新标题）' },
      draft: true,
      ...as(reporter),
    })
    const after = await latest(story.id)
    expect(after.title).toBe('改归属（新标题）')
    expect(after.createdBy).toBe(reporter.id)
  })

  it('changes nothing it may not through a bulk update', async () => {
    const own = await fileDraft(reporter, '批量-自己的')
    const submitted = await fileDraft(reporter, '批量-已交稿')
    await payload.update({
      collection: 'articles',
      id: submitted.id,
      data: { workflow: 'submitted' },
      draft: true,
      ...as(reporter),
    })
    const others = await fileDraft(otherReporter, '批量-别人的')
    const published = await publishedStory('批量-已发布')
    const ids = [own.id, submitted.id, others.id, published.id]
    const before = await Promise.all(ids.slice(1).map(latest))
    const result = await payload.update({
      collection: 'articles',
      where: { id: { in: ids } },
      data: { title: '批量改写' },
      draft: true,
      ...as(reporter),
    })
    expect(result.docs.map((d) => d.id)).toEqual([own.id])
    expect(await Promise.all(ids.slice(1).map(latest))).toEqual(before)
  })

  it('reads the desk notes of their own story only', async () => {
    const own = await fileDraft(reporter, '有备注的稿件')
    const others = await fileDraft(otherReporter, '别人有备注的稿件')
    for (const story of [own, others]) {
      await payload.update({
        collection: 'articles',
        id: story.id,
        data: { deskNotes: '第二段数据请核实' },
        draft: true,
        ...as(editor),
      })
    }
    const mine = await payload.findByID({
      collection: 'articles',
      id: own.id,
      draft: true,
      ...as(reporter),
    })
    const theirs = await payload.findByID({
      collection: 'articles',
      id: others.id,
      draft: true,
      ...as(reporter),
    })
    expect(mine.deskNotes).toBe('第二段数据请核实')
    expect(theirs.deskNotes).toBeUndefined()
  })

  it('cannot raise their own role, nor create accounts', async () => {
    await payload.update({
      collection: 'users',
      id: reporter.id,
      data: { role: 'admin', name: '新名字' },
      ...as(reporter),
    })
    const self = await payload.findByID({
      collection: 'users',
      id: reporter.id,
      overrideAccess: true,
    })
    expect(self.role).toBe('reporter')
    expect(self.name).toBe('新名字')
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: 'sneaky@county-news.test',
          password: 'x1234567890',
          name: 'sneaky',
          role: 'admin',
        },
        ...as(reporter),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('an editor', () => {
  it('sees the queue of submitted stories', async () => {
    const story = await fileDraft(reporter, '待审稿件')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { workflow: 'submitted' },
      draft: true,
      ...as(reporter),
    })
    const queue = await payload.find({
      collection: 'articles',
      where: { workflow: { equals: 'submitted' } },
      draft: true,
      ...as(editor),
    })
    expect(queue.docs.map((d) => d.title)).toContain('待审稿件')
  })

  it("edits, publishes, unpublishes and trashes any reporter's story", async () => {
    const story = await fileDraft(reporter, '编辑处理')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { title: '编辑改过' },
      draft: true,
      ...as(editor),
    })
    await signOffAll(payload, reviewers, 'articles', story.id)
    const publishing = Date.now()
    const published = await payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
    expect(published.title).toBe('编辑改过')
    // First published now: the time is the moment of publishing.
    const at = Date.parse(published.publishedAt ?? '')
    expect(at).toBeGreaterThanOrEqual(publishing)
    expect(at).toBeLessThanOrEqual(Date.now())
    const unpublished = await payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'draft' },
      ...as(editor),
    })
    expect(unpublished._status).toBe('draft')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { deletedAt: new Date().toISOString() },
      ...as(editor),
    })
    const visible = await payload.find({
      collection: 'articles',
      where: { id: { equals: story.id } },
      ...as(editor),
    })
    expect(visible.totalDocs).toBe(0)
    const trashed = await payload.find({
      collection: 'articles',
      where: { id: { equals: story.id } },
      trash: true,
      ...as(editor),
    })
    expect(trashed.totalDocs).toBe(1)
  })

  it('cannot change roles; an admin can', async () => {
    await payload
      .update({ collection: 'users', id: reporter.id, data: { role: 'editor' }, ...as(editor) })
      .catch(() => null)
    expect((await payload.findByID({ collection: 'users', id: reporter.id })).role).toBe('reporter')
    const promoted = await payload.update({
      collection: 'users',
      id: otherReporter.id,
      data: { role: 'editor' },
      ...as(admin),
    })
    expect(promoted.role).toBe('editor')
    await payload.update({
      collection: 'users',
      id: otherReporter.id,
      data: { role: 'reporter' },
      ...as(admin),
    })
  })
})

describe('an anonymous reader', () => {
  it('reads published stories only, with no desk notes or owner', async () => {
    const draft = await fileDraft(reporter, '匿名不可见草稿')
    const story = await publishedStory('匿名可见稿件')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { deskNotes: '内部备注' },
      ...as(editor),
    })
    const { docs } = await payload.find({ collection: 'articles', overrideAccess: false, limit: 0 })
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    expect(docs.map((d) => d.title)).toContain('匿名可见稿件')
    expect(docs.map((d) => d.id)).not.toContain(draft.id)
    const shown = docs.find((d) => d.id === story.id)
    expect(shown?.deskNotes).toBeUndefined()
    expect(shown?.createdBy).toBeUndefined()
  })

  it('gets no draft through draft=true, and no versions', async () => {
    const draft = await fileDraft(reporter, '草稿不外泄')
    await expect(
      payload.findByID({
        collection: 'articles',
        id: draft.id,
        draft: true,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 404 })
    const story = await publishedStory('已发布但有新草稿')
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { title: '尚未发布的改动' },
      draft: true,
      ...as(editor),
    })
    const read = await payload.findByID({
      collection: 'articles',
      id: story.id,
      draft: true,
      overrideAccess: false,
    })
    expect(read.title).toBe('已发布但有新草稿')
    const listed = await payload.find({
      collection: 'articles',
      draft: true,
      overrideAccess: false,
      limit: 0,
    })
    expect(listed.docs.map((d) => d.title)).not.toContain('尚未发布的改动')
    expect(listed.docs.map((d) => d.title)).not.toContain('草稿不外泄')
    await expect(
      payload.findVersions({ collection: 'articles', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('cannot list users or read an email', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
