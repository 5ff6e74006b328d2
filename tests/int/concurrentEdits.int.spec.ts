import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { paperTime } from '@/lib/paperTime'
import type { StoryCollection } from '@/lib/storyOwnership'

import { restCall, tokenFor } from '../helpers/api'
import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'

let cms: TestCMS
let payload: Payload
let editor: User
let reporter: User
let desk: User
const tokens = new Map<number, string>()

type Doc = { id: number; updatedAt: string; title: string; lastEditedBy?: number | null }

/** One person's REST session: what the admin's form sends, as that person. */
const as = (user: User) => ({
  open: async (collection: StoryCollection, id: number) => {
    const { status, json } = await restCall(
      payload,
      'GET',
      `/api/${collection}/${id}?draft=true&depth=0`,
      { token: tokens.get(user.id) },
    )
    expect(status).toBe(200)
    return json as unknown as Doc
  },
  save: async (
    collection: StoryCollection,
    id: number,
    body: Record<string, unknown>,
    { autosave = false } = {},
  ) => {
    const query = autosave ? '?draft=true&autosave=true&depth=0' : '?draft=true&depth=0'
    const { status, json } = await restCall(payload, 'PATCH', `/api/${collection}/${id}${query}`, {
      body,
      token: tokens.get(user.id),
    })
    return { status, doc: json.doc as Doc | undefined, json }
  },
})

const latest = (collection: StoryCollection, id: number) =>
  payload.findByID({ collection, id, draft: true, depth: 0 }) as Promise<unknown> as Promise<Doc>

const versionsOf = async (collection: StoryCollection, id: number) =>
  (
    await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      depth: 0,
      limit: 100,
    })
  ).docs as unknown as { id: number; latest?: boolean; version: Doc }[]

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  const newsroom = await createNewsroom(payload)
  ;({ editor, reporter } = newsroom)
  desk = newsroom.reviewers.desk
  for (const user of [editor, reporter, desk])
    tokens.set(user.id, await tokenFor(payload, user.email))
})

afterAll(async () => {
  await cms?.cleanup()
})

/** A reporter's draft, created through REST as they would. */
async function reportersDraft(title: string) {
  const { status, json } = await restCall(payload, 'POST', '/api/articles?draft=true&depth=0', {
    body: { ...storyData(title), _status: 'draft' },
    token: tokens.get(reporter.id),
  })
  expect(status).toBe(201)
  return json.doc as Doc
}

describe('two people, one story', () => {
  it("refuses the editor's stale save, naming the reporter and when, and keeps both texts", async () => {
    const story = await reportersDraft('县城供暖今日开始')
    const reportersCopy = await as(reporter).open('articles', story.id)
    const editorsCopy = await as(editor).open('articles', story.id)

    // The reporter keeps typing; each autosave carries the updatedAt the previous one answered.
    let base = reportersCopy.updatedAt
    for (const title of ['县城供暖今日正式开始', '县城集中供暖今日正式开始']) {
      const saved = await as(reporter).save(
        'articles',
        story.id,
        { title, updatedAt: base },
        { autosave: true },
      )
      expect(saved.status).toBe(200)
      base = saved.doc!.updatedAt
    }
    const reportersSave = await latest('articles', story.id)
    expect(reportersSave.title).toBe('县城集中供暖今日正式开始')

    const refused = await as(editor).save('articles', story.id, {
      title: '供暖开始（编辑改）',
      updatedAt: editorsCopy.updatedAt,
    })
    expect(refused.status).toBe(409)
    const message = (refused.json.errors as { message: string }[])[0].message
    expect(message).toContain(
      `保存未生效：reporter于${paperTime(reportersSave.updatedAt)}修改了这篇稿件，晚于您打开它的时间`,
    )

    // The reporter's text is still the story; the editor's is a version, listed but not latest.
    expect(await latest('articles', story.id)).toMatchObject({
      title: '县城集中供暖今日正式开始',
      lastEditedBy: reporter.id,
    })
    const versions = await versionsOf('articles', story.id)
    const kept = versions.find((v) => v.version.title === '供暖开始（编辑改）')
    expect(kept).toBeDefined()
    expect(message).toContain(`版本号 ${kept!.id}`)
    expect(kept!.version.lastEditedBy).toBe(editor.id)
    expect(kept!.latest).toBe(false)
    expect(versions.filter((v) => v.latest).map((v) => v.version.title)).toEqual([
      '县城集中供暖今日正式开始',
    ])
  })

  it("keeps one version for the refused autosaves of one stale form, and the reporter's autosave goes on", async () => {
    const story = await reportersDraft('乡村公路通车')
    const editorsCopy = await as(editor).open('articles', story.id)
    const first = await as(reporter).save(
      'articles',
      story.id,
      { title: '乡村公路全线通车', updatedAt: story.updatedAt },
      { autosave: true },
    )
    expect(first.status).toBe(200)
    const before = (await versionsOf('articles', story.id)).length

    for (const title of ['公路通车（编', '公路通车（编辑稿）']) {
      const refused = await as(editor).save(
        'articles',
        story.id,
        { title, updatedAt: editorsCopy.updatedAt },
        { autosave: true },
      )
      expect(refused.status).toBe(409)
    }
    const versions = await versionsOf('articles', story.id)
    expect(versions).toHaveLength(before + 1)
    expect(
      versions.filter((v) => v.version.lastEditedBy === editor.id).map((v) => v.version.title),
    ).toEqual(['公路通车（编辑稿）'])

    const again = await as(reporter).save(
      'articles',
      story.id,
      { title: '乡村公路今日全线通车', updatedAt: first.doc!.updatedAt },
      { autosave: true },
    )
    expect(again.status).toBe(200)
    expect((await latest('articles', story.id)).title).toBe('乡村公路今日全线通车')
    // The reporter's autosaves in a row share their one version, as Payload keeps them.
    expect(await versionsOf('articles', story.id)).toHaveLength(before + 1)
  })

  it('refuses the stale save of one editor after another, on a profile', async () => {
    const profile = await payload.create({
      collection: 'profiles',
      data: { title: '我在车轮上成长', workflow: 'submitted', _status: 'draft' },
      draft: true,
    })
    const desksCopy = await as(desk).open('profiles', profile.id)
    const editorsCopy = await as(editor).open('profiles', profile.id)
    const saved = await as(editor).save('profiles', profile.id, {
      title: '在车轮上成长',
      updatedAt: editorsCopy.updatedAt,
    })
    expect(saved.status).toBe(200)

    const refused = await as(desk).save('profiles', profile.id, {
      title: '车轮上的青春',
      updatedAt: desksCopy.updatedAt,
    })
    expect(refused.status).toBe(409)
    expect((refused.json.errors as { message: string }[])[0].message).toContain(
      `editor于${paperTime(saved.doc!.updatedAt)}修改了这篇稿件`,
    )
    expect((await latest('profiles', profile.id)).title).toBe('在车轮上成长')
    const titles = (await versionsOf('profiles', profile.id)).map((v) => v.version.title)
    expect(titles).toContain('车轮上的青春')

    // Reloaded, the same person saves over the newer text.
    const fresh = await as(desk).open('profiles', profile.id)
    const accepted = await as(desk).save('profiles', profile.id, {
      title: '车轮上的青春',
      updatedAt: fresh.updatedAt,
    })
    expect(accepted.status).toBe(200)
    expect((await latest('profiles', profile.id)).title).toBe('车轮上的青春')
  })

  it("starts a new version when one person autosaves over another's autosave", async () => {
    const story = await reportersDraft('集市年货')
    const first = await as(reporter).save(
      'articles',
      story.id,
      { title: '集市年货足', updatedAt: story.updatedAt },
      { autosave: true },
    )
    expect(first.status).toBe(200)
    const editorsCopy = await as(editor).open('articles', story.id)
    const before = (await versionsOf('articles', story.id)).length
    const editors = await as(editor).save(
      'articles',
      story.id,
      { title: '集市年货供应足', updatedAt: editorsCopy.updatedAt },
      { autosave: true },
    )
    expect(editors.status).toBe(200)
    const versions = await versionsOf('articles', story.id)
    expect(versions).toHaveLength(before + 1)
    expect(versions.map((v) => v.version.title)).toEqual(
      expect.arrayContaining(['集市年货足', '集市年货供应足']),
    )
  })

  it("keeps the editor's lock through their autosaves, so a second person is still kept out", async () => {
    const story = await reportersDraft('雪后道路')
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: story.id },
        user: { relationTo: 'users', value: reporter.id },
      },
    })
    const saved = await as(reporter).save(
      'articles',
      story.id,
      { title: '雪后道路畅通', updatedAt: story.updatedAt },
      { autosave: true },
    )
    expect(saved.status).toBe(200)
    const locks = await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: story.id } },
      depth: 0,
    })
    expect(locks.docs.map((lock) => lock.user.value)).toEqual([reporter.id])

    const editorsCopy = await as(editor).open('articles', story.id)
    const kept = await as(editor).save('articles', story.id, {
      title: '编辑改的标题',
      updatedAt: editorsCopy.updatedAt,
    })
    expect(kept.status).toBe(423)
    expect((await latest('articles', story.id)).title).toBe('雪后道路畅通')
  })

  it('lets the lock go with the autosave that submits the story to the desk', async () => {
    const story = await reportersDraft('春耕备耕')
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: story.id },
        user: { relationTo: 'users', value: reporter.id },
      },
    })
    const submitted = await as(reporter).save(
      'articles',
      story.id,
      { title: '春耕备耕忙', workflow: 'submitted', updatedAt: story.updatedAt },
      { autosave: true },
    )
    expect(submitted.status).toBe(200)
    const locks = await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: story.id } },
      depth: 0,
    })
    expect(locks.docs).toEqual([])
  })
})
