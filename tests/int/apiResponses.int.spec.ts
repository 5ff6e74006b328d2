import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Region, User } from '@/payload-types'
import { paragraphsToLexical } from '@/lib/lexical'

import { createNewsroom, PASSWORD, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { createPublished, publishEdit, type Reviewers } from '../helpers/review'

/**
 * The REST API as readers' apps and the newsroom call it, through the CMS's real route handler
 * (`app/(payload)/api/[...slug]/route.ts`): what a list carries, and what is cached for whom.
 */
let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let county: Region
let GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
/** The admin's own fetches: the session cookie, sent from the CMS's origin (Payload's CSRF check). */
let editorSession: Record<string, string>

/** A 20-story list should stay under this: headlines, places, bylines and a thumbnail each. */
const LIST_BUDGET_BYTES = 40 * 1024

const get = (path: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://127.0.0.1:3000${path}`, { headers }), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/').slice(2) }),
  })

const countyList = (extra = '') =>
  `/api/articles?where[county][equals]=${county.id}&limit=20&depth=1&sort=-publishedAt${extra}`

/** A body as long as a county story runs: twelve paragraphs of about 150 characters. */
const longBody = (title: string) =>
  paragraphsToLexical(
    Array.from(
      { length: 12 },
      (_, i) => `${title}第${i + 1}段：${'县里的新闻正文内容'.repeat(16)}`,
    ),
  )

const edit = (id: number, data: Partial<Article>, draft = false) =>
  payload.update({
    collection: 'articles',
    id,
    data,
    draft,
    user: editor,
    context: { skipSiteBuild: true },
  })

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ editor, reviewers } = await createNewsroom(payload))
  ;({ GET } = await import('@/app/(payload)/api/[...slug]/route'))
  const prefecture = await payload.create({
    collection: 'regions',
    data: { name: '昌吉州', level: 'prefecture' },
  })
  county = await payload.create({
    collection: 'regions',
    data: { name: '呼图壁县', level: 'county', parent: prefecture.id },
  })
  const town = await payload.create({
    collection: 'regions',
    data: { name: '五工台镇', level: 'town', parent: county.id },
  })
  const reporter = await payload.create({
    collection: 'contributors',
    data: { name: '付小芳', defaultRole: 'staff', bio: '长期跑县域新闻的记者。'.repeat(20) },
  })
  const jpeg = await sharp({
    create: { width: 1800, height: 1200, channels: 3, background: '#6a8' },
  })
    .jpeg()
    .toBuffer()
  const photo = await payload.create({
    collection: 'media',
    data: { alt: '棉田', caption: '图为棉农在采摘。', photographer: reporter.id },
    file: { data: jpeg, mimetype: 'image/jpeg', name: 'cotton.jpg', size: jpeg.length },
  })
  for (let i = 0; i < 22; i++) {
    await createPublished(
      payload,
      reviewers,
      storyData(`呼图壁新闻${i}`, {
        kicker: '县域经济',
        subtitle: '棉花丰收',
        regions: [town.id],
        leadPhoto: photo.id,
        bylines: [
          { contributor: reporter.id, role: 'reporter' },
          { contributor: reporter.id, role: 'photographer' },
        ],
        body: longBody(`呼图壁新闻${i}`),
      }),
      { user: editor, context: { skipSiteBuild: true } },
    )
  }
  const { token } = await payload.login({
    collection: 'users',
    data: { email: editor.email, password: PASSWORD },
  })
  editorSession = { cookie: `payload-token=${token}`, origin: 'http://127.0.0.1:3000' }
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('a list of stories over REST', () => {
  it('carries 20 stories without their bodies, under the stated size', async () => {
    const response = await get(countyList(), { 'cache-control': 'no-cache' })
    expect(response.status).toBe(200)
    const bytes = (await response.clone().arrayBuffer()).byteLength
    const { docs } = (await response.json()) as { docs: Article[] }
    expect(docs).toHaveLength(20)
    expect(bytes).toBeLessThan(LIST_BUDGET_BYTES)
    for (const doc of docs) expect(doc).not.toHaveProperty('body')
    // Related documents carry what a list shows of them, not everything.
    const first = docs[0]
    expect(Object.keys(first.regions?.[0] as Region).sort()).toEqual(
      ['county', 'id', 'level', 'name', 'order', 'parent', 'slug'].sort(),
    )
    const contributor = first.bylines?.[0].contributor as unknown as Record<string, unknown>
    expect(contributor.name).toBe('付小芳')
    expect(contributor).not.toHaveProperty('bio')
    const photo = first.leadPhoto as unknown as {
      alt: string
      url: string
      sizes: Record<string, { url: string }>
    }
    expect(photo.alt).toBe('棉田')
    expect(photo.url).toMatch(/\/api\/media\/file\/cotton\.jpg$/)
    expect(photo.sizes.thumbnailWebp.url).toMatch(/\.webp$/)
    expect(Object.keys(photo.sizes).sort()).toEqual(
      ['thumbnail', 'thumbnailAvif', 'thumbnailWebp'].sort(),
    )
  })

  it('gives the body when one story is asked for, or when the list selects it', async () => {
    const list = (await (await get(countyList())).json()) as { docs: Article[] }
    const one = (await (await get(`/api/articles/${list.docs[0].id}?depth=1`)).json()) as Article
    expect(one.body?.root.children).toHaveLength(12)
    const selected = (await (
      await get(countyList('&select[title]=true&select[body]=true'))
    ).json()) as { docs: Article[] }
    expect(selected.docs[0].body?.root.children).toHaveLength(12)
  })
})

describe('caching of API reads', () => {
  it('answers a repeated anonymous read from the cache, and 304 to a matching If-None-Match', async () => {
    const first = await get(countyList())
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=10')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/".+"$/)
    const again = await get(countyList())
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(await again.text()).toBe(await first.text())
    const unchanged = await get(countyList(), { 'if-none-match': etag as string })
    expect(unchanged.status).toBe(304)
    expect(unchanged.headers.get('etag')).toBe(etag)
    expect(await unchanged.text()).toBe('')
  })

  it('never caches for a logged-in editor, nor answers one from the cache', async () => {
    await get(countyList())
    const draft = await payload.create({
      collection: 'articles',
      data: storyData('呼图壁草稿', { regions: [county.id] }),
      draft: true,
      user: editor,
      context: { skipSiteBuild: true },
    })
    const response = await get(`${countyList()}&draft=false`, editorSession)
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-cache')).toBeNull()
    // The same list as the cached anonymous one, but the editor's: the draft counted in.
    const mine = await get(countyList(), editorSession)
    expect(mine.headers.get('x-cache')).toBeNull()
    const anonymous = await get(countyList())
    expect(anonymous.headers.get('x-cache')).toBe('HIT')
    const total = async (r: Response) => ((await r.json()) as { totalDocs: number }).totalDocs
    expect(await total(mine)).toBe((await total(anonymous)) + 1)
    expect(draft._status).toBe('draft')
  })

  it('never serves a stale story after a publish, an edit or an unpublish', async () => {
    const listed = async () => {
      const response = await get(countyList())
      const { docs } = (await response.json()) as { docs: Article[] }
      return { cache: response.headers.get('x-cache'), titles: docs.map((d) => d.title) }
    }
    await listed()
    expect((await listed()).cache).toBe('HIT')

    const story = await createPublished(
      payload,
      reviewers,
      storyData('刚刚发布的新闻', { regions: [county.id] }),
      { user: editor, context: { skipSiteBuild: true } },
    )
    expect((await listed()).titles[0]).toBe('刚刚发布的新闻')
    expect((await get(`/api/articles/${story.id}`)).status).toBe(200)
    expect((await get(`/api/articles/${story.id}`)).headers.get('x-cache')).toBe('HIT')

    await publishEdit(
      payload,
      reviewers,
      'articles',
      story.id,
      { title: '更正后的标题' },
      {
        user: editor,
        context: { skipSiteBuild: true },
      },
    )
    expect((await listed()).titles[0]).toBe('更正后的标题')
    const single = (await (await get(`/api/articles/${story.id}`)).json()) as Article
    expect(single.title).toBe('更正后的标题')

    // A draft saved over the live story changes nothing readers see, and keeps the cache.
    await edit(story.id, { title: '尚未发布的改动' }, true)
    const afterDraft = await listed()
    expect(afterDraft.cache).toBe('HIT')
    expect(afterDraft.titles[0]).toBe('更正后的标题')

    await edit(story.id, { _status: 'draft' })
    expect((await listed()).titles).not.toContain('更正后的标题')
    expect((await listed()).titles).not.toContain('尚未发布的改动')
    expect((await get(`/api/articles/${story.id}`)).status).toBe(404)
  })

  it('clears the cache when a place or a photo changes', async () => {
    await get(`/api/regions/${county.id}`)
    expect((await get(`/api/regions/${county.id}`)).headers.get('x-cache')).toBe('HIT')
    await payload.update({
      collection: 'regions',
      id: county.id,
      data: { name: '呼图壁' },
      context: { skipSiteBuild: true },
    })
    const region = await get(`/api/regions/${county.id}`)
    expect(region.headers.get('x-cache')).toBe('MISS')
    expect(((await region.json()) as Region).name).toBe('呼图壁')
  })
})
