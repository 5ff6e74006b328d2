import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { paragraphsToLexical, type RichText } from '@/lib/lexical'
import { loadPublicContent } from '@/publicContent/loadPublicContent'
import type { PublicSnapshot } from '@/publicContent/types'

import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { createPublished, type Reviewers } from '../helpers/review'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let snapshot: PublicSnapshot
let serialized: string

const XSS_TITLE = '<img src=x onerror=alert(1)></script><script>alert(2)</script>'

/** A body with a `javascript:` link and a `data:` link among safe text. */
function bodyWithLinks(): RichText {
  const body = paragraphsToLexical(['正文<b>不是标签</b>。'])
  const link = (url: string, text: string) => ({
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { url, linkType: 'custom', newTab: false },
    children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  })
  body.root.children[0].children = [
    ...(body.root.children[0].children as unknown[]),
    link('javascript:alert(3)', '恶意链接'),
    link('data:text/html,<script>alert(4)</script>', '数据链接'),
    link('https://example.org/a?b=1&c="2"', '正常链接'),
  ]
  return body
}

/** Two paragraphs with a photo placed between them, as the importer and the editor place them. */
function bodyWithPhoto(mediaId: number): RichText {
  const body = paragraphsToLexical(['花市第一段。', '花市第二段。'])
  const block = {
    type: 'block',
    version: 2,
    format: '',
    fields: {
      id: 'photo-1',
      blockName: '',
      blockType: 'photo',
      media: mediaId,
      caption: '本文图说',
    },
  }
  body.root.children.splice(1, 0, block as (typeof body.root.children)[number])
  return body
}

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ editor, reviewers } = await createNewsroom(payload))
  const prefecture = await payload.create({
    collection: 'regions',
    data: { name: '昌吉州', level: 'prefecture' },
  })
  const county = await payload.create({
    collection: 'regions',
    data: { name: '玛纳斯县', level: 'county', parent: prefecture.id },
  })
  const town = await payload.create({
    collection: 'regions',
    data: { name: '兰州湾镇', level: 'town', parent: county.id },
  })
  const photographer = await payload.create({
    collection: 'contributors',
    data: { name: '丁慧琴', defaultRole: 'photographer' },
  })
  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#6a8' } })
    .jpeg()
    .toBuffer()
  const photo = await payload.create({
    collection: 'media',
    data: { alt: '花市', caption: '顾客在挑选花卉。', photographer: photographer.id },
    file: { data: jpeg, mimetype: 'image/jpeg', name: 'flowers.jpg', size: jpeg.length },
  })
  const publish = (data: Parameters<typeof createPublished>[2]) =>
    createPublished(payload, reviewers, data, { user: editor })
  const live = await publish(
    storyData('冬日鲜花销售走俏', {
      regions: [town.id],
      leadPhoto: photo.id,
      body: bodyWithPhoto(photo.id),
      deskNotes: '内部备注-请勿外泄',
    }),
  )
  await publish(storyData('XSS', { title: XSS_TITLE, body: bodyWithLinks(), regions: [county.id] }))
  await publish(storyData('全州新闻', { regions: [prefecture.id] }))
  await payload.create({
    collection: 'articles',
    data: storyData('仍是草稿的稿件'),
    draft: true,
    user: editor,
  })
  const trashed = await publish(storyData('已删除的稿件'))
  await payload.update({
    collection: 'articles',
    id: trashed.id,
    data: { deletedAt: new Date().toISOString() },
    user: editor,
  })
  const scheduled = await payload.create({
    collection: 'articles',
    data: storyData('明天才发布的稿件'),
    draft: true,
    user: editor,
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: scheduled.id } },
    waitUntil: new Date(Date.now() + 24 * 3600 * 1000),
  })
  await payload.create({
    collection: 'editions',
    data: {
      date: '2025-12-10T12:00:00.000Z',
      number: 1,
      pages: [
        { number: 3, name: '县市新闻', stories: [{ relationTo: 'articles', value: live.id }] },
      ],
      _status: 'published',
    },
    user: editor,
  })
  // A published story whose newer draft is not live yet (publishing an edition publishes its
  // stories' latest drafts, so the edition goes first).
  await payload.update({
    collection: 'articles',
    id: live.id,
    data: { title: '尚未发布的新标题' },
    draft: true,
    user: editor,
  })
  snapshot = await loadPublicContent(payload)
  serialized = JSON.stringify(snapshot)
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('the public snapshot', () => {
  it('holds published stories only', () => {
    expect(snapshot.articles.map((a) => a.title).sort()).toEqual(
      [XSS_TITLE, '全州新闻', '冬日鲜花销售走俏'].sort(),
    )
    for (const hidden of [
      '仍是草稿的稿件',
      '已删除的稿件',
      '明天才发布的稿件',
      '尚未发布的新标题',
    ]) {
      expect(serialized).not.toContain(hidden)
    }
  })

  it('carries no desk notes, owners or accounts', () => {
    expect(serialized).not.toContain('内部备注-请勿外泄')
    expect(serialized).not.toContain('@county-news.test')
    expect(serialized).not.toMatch(/createdBy|deskNotes|email|workflow/)
  })

  it('carries no sign-offs of 三审三校, overrides or review state', () => {
    expect(serialized).not.toMatch(/signOffs|checkOverrides|returnedReason|stageEnteredAt|textHash/)
  })

  it('groups a story by the county of its most specific region, and prefecture news by none', () => {
    const county = snapshot.regions.find((r) => r.name === '玛纳斯县')
    const town = snapshot.regions.find((r) => r.name === '兰州湾镇')
    expect(town?.countyId).toBe(county?.id)
    expect(town?.ancestry.map((id) => snapshot.regions.find((r) => r.id === id)?.name)).toEqual([
      '昌吉州',
      '玛纳斯县',
      '兰州湾镇',
    ])
    expect(snapshot.articles.find((a) => a.title === '冬日鲜花销售走俏')?.countyId).toBe(county?.id)
    expect(snapshot.articles.find((a) => a.title === '全州新闻')?.countyId).toBeNull()
  })

  it('resolves photos with their credit and every size the CMS made', () => {
    const story = snapshot.articles.find((a) => a.title === '冬日鲜花销售走俏')
    const photo = snapshot.photos.find((p) => p.id === story?.leadPhotoId)
    expect(photo?.credit?.name).toBe('丁慧琴')
    expect(photo?.caption).toBe('顾客在挑选花卉。')
    expect(Object.keys(photo?.sizes.card ?? {}).sort()).toEqual(['avif', 'jpeg', 'webp'])
    // The 900 px original is never enlarged to the 1600 px size.
    expect(photo?.sizes.full?.webp?.width).toBe(900)
  })

  it('keeps a photo placed in the text as a block, by the same id as the photo', () => {
    const story = snapshot.articles.find((a) => a.title === '冬日鲜花销售走俏')
    expect(story?.body.map((b) => b.kind)).toEqual(['html', 'photo', 'html'])
    expect(story?.body[1]).toEqual({
      kind: 'photo',
      photoId: story?.leadPhotoId,
      caption: '本文图说',
    })
    expect(story?.photoIds).toEqual([story?.leadPhotoId])
  })

  it('lists a story on its printed page, first', () => {
    const story = snapshot.articles.find((a) => a.title === '冬日鲜花销售走俏')
    const edition = snapshot.editions.find((e) => e.date === '2025-12-10')
    const page = edition?.pages.find((p) => p.number === 3)
    expect(page?.name).toBe('县市新闻')
    expect(page?.stories[0]).toEqual({ type: 'article', id: story?.id })
  })

  it('escapes text and drops javascript: and data: links from story HTML', () => {
    const story = snapshot.articles.find((a) => a.title === XSS_TITLE)
    const html = story?.body.map((b) => (b.kind === 'html' ? b.html : '')).join('') ?? ''
    expect(html).toContain('正文&lt;b&gt;不是标签&lt;/b&gt;')
    expect(html).toContain('恶意链接')
    expect(html).not.toMatch(/javascript:|data:text/)
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" rel="noopener noreferrer nofollow">正常链接</a>',
    )
  })
})
