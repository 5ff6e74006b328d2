/**
 * Incremental builds against the only reference that cannot be wrong the same way: a full build of
 * the same database from scratch. Editors make every kind of change through the CMS; after each,
 * the CMS's own build job re-renders what the change touches, and the live site must show the
 * change. After the last, the live folder must equal a fresh full build, file for file and byte for
 * byte. Nothing is ignored: no build id or build time is written into the site.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Contributor, Media, Region, User } from '@/payload-types'
import type { BuildRecord } from '@/siteBuild/buildSite'
import type { SitePaths } from '@/siteBuild/paths'

import { createNewsroom, storyData } from '../helpers/fixtures'
import { cameraJpeg } from '../helpers/images'
import { startCMS, type TestCMS } from '../helpers/payload'
import { folderDigest, liveArchive, liveStoryUrl } from '../helpers/pipeline'
import { createPublished, publishEdit, signOffAll, type Reviewers } from '../helpers/review'
import { projectRoot } from '../helpers/root'
import { waitFor } from '../helpers/waitFor'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let paths: SitePaths
let counties: Record<'changji' | 'manas', Region>
let town: Region
let reporters: Contributor[]
let photo: Media
const stories: Record<string, Article> = {}

const runBuilds = async () => {
  const { jobStatus } = await payload.jobs.run({ queue: 'site', limit: 10 })
  for (const [id, status] of Object.entries(jobStatus ?? {})) {
    expect(status, `build job ${id}`).toMatchObject({ status: 'success' })
  }
}

const live = (urlPath: string) => {
  const file = path.join(paths.live, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
}

const urlOf = (story: { id: number }) => liveStoryUrl(paths, 'article', story.id)

/** The titles a search shard indexes, read from its fragments as Pagefind's script would. */
function indexedTitles(): string[] {
  const root = path.join(paths.live, 'pagefind')
  return fs.readdirSync(root).flatMap((shard) => {
    const dir = path.join(root, shard, 'fragment')
    return fs.readdirSync(dir).map((name) => {
      const data = zlib.gunzipSync(fs.readFileSync(path.join(dir, name)))
      return (JSON.parse(data.subarray('pagefind_dcd'.length).toString()) as { meta: { title: string } })
        .meta.title
    })
  })
}

const publish = (title: string, extra: Partial<Article> = {}) =>
  createPublished(
    payload,
    reviewers,
    storyData(title, {
      regions: [town.id],
      bylines: [{ contributor: reporters[0].id, role: 'reporter' }],
      ...extra,
    }),
    { user: editor },
  )

const update = (story: Article, data: Partial<Article>) =>
  publishEdit(payload, reviewers, 'articles', story.id, data, { user: editor }) as Promise<Article>

beforeAll(async () => {
  cms = await startCMS({ SITE_BUILD_RUNNER: 'on' })
  payload = cms.payload
  const { sitePaths } = await import('@/siteBuild/paths')
  paths = sitePaths()
  ;({ editor, reviewers } = await createNewsroom(payload))
  const skip = { context: { skipSiteBuild: true } }
  const prefecture = await payload.create({
    collection: 'regions',
    data: { name: '昌吉州', level: 'prefecture' },
    ...skip,
  })
  counties = {
    changji: await payload.create({
      collection: 'regions',
      data: { name: '昌吉市', level: 'county', parent: prefecture.id, order: 1 },
      ...skip,
    }),
    manas: await payload.create({
      collection: 'regions',
      data: { name: '玛纳斯县', level: 'county', parent: prefecture.id, order: 2 },
      ...skip,
    }),
  }
  town = await payload.create({
    collection: 'regions',
    data: { name: '绿洲路街道', level: 'town', parent: counties.changji.id },
    ...skip,
  })
  reporters = []
  for (const name of ['王正佳', '阿依曼', '留莉莉']) {
    reporters.push(
      await payload.create({ collection: 'contributors', data: { name, defaultRole: 'correspondent' }, ...skip }),
    )
  }
  const data = await cameraJpeg({ width: 800, height: 600 })
  photo = await payload.create({
    collection: 'media',
    data: { alt: '供水管网检修现场', caption: '图为检修现场。', photographer: reporters[1].id },
    file: { data, name: 'gongshui.jpg', mimetype: 'image/jpeg', size: data.length },
    ...skip,
  })
  // An archive to start from, built in full as `npm start` does.
  for (let i = 1; i <= 12; i++) {
    stories[`old${i}`] = await publish(`存档稿件第${i}篇`, {
      regions: [i % 3 === 0 ? counties.manas.id : town.id],
      bylines: [{ contributor: reporters[i % 3].id, role: 'reporter' }],
      ...(i === 4 && { leadPhoto: photo.id }),
    })
  }
  const { buildSite } = await import('@/siteBuild/buildSite')
  const first = await buildSite(payload)
  expect(first.full).toBe(true)
  await payload.delete({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'buildSite' } },
  })
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('an incremental build after each change', () => {
  it('publishes a new story: its page, its lists, feeds, sitemap and search', async () => {
    stories.fresh = await publish('新发布：绿洲路街道开展冬季义诊')
    await runBuilds()
    const url = urlOf(stories.fresh)
    expect(url).toMatch(/^\/changji-shi\/\d{4}\/\d{2}\/[a-z-]+\/$/)
    expect(live(url!)).toContain('新发布：绿洲路街道开展冬季义诊')
    expect(live('/changji-shi/')).toContain(url)
    expect(live('/changji-shi/lvzhoulu-jiedao/')).toContain(url)
    expect(live('/rss.xml')).toContain('新发布：绿洲路街道开展冬季义诊')
    expect(live(`/sitemaps/${url!.split('/').slice(2, 4).join('-')}.xml`)).toContain(url)
    expect(indexedTitles()).toContain('新发布：绿洲路街道开展冬季义诊')
  })

  it('edits a live story’s title everywhere it is shown', async () => {
    stories.fresh = await update(stories.fresh, { title: '新发布：绿洲路街道冬季义诊惠及千人' })
    await runBuilds()
    const url = urlOf(stories.fresh)!
    expect(live(url)).toContain('新发布：绿洲路街道冬季义诊惠及千人')
    expect(live('/changji-shi/')).toContain('新发布：绿洲路街道冬季义诊惠及千人')
    expect(live('/changji-shi/')).not.toContain('>新发布：绿洲路街道开展冬季义诊<')
    expect(indexedTitles()).toContain('新发布：绿洲路街道冬季义诊惠及千人')
  })

  it('moves a story to another county, leaving a redirect at its old address', async () => {
    const before = urlOf(stories.old1)!
    stories.old1 = await update(stories.old1, { regions: [counties.manas.id] })
    await runBuilds()
    const after = urlOf(stories.old1)!
    expect(after).toMatch(/^\/manasi-xian\//)
    expect(live(after)).toContain('存档稿件第1篇')
    const redirect = live(before)!
    expect(redirect).toContain(`<link rel="canonical" href="http://127.0.0.1:4321${after}">`)
    expect(redirect).toContain('http-equiv="refresh"')
    expect(live('/changji-shi/')).not.toContain(before)
    expect(live('/manasi-xian/')).toContain(after)
  })

  it('unpublishes a story: its page and every mention go', async () => {
    const url = urlOf(stories.old2)!
    await payload.update({
      collection: 'articles',
      id: stories.old2.id,
      data: { _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    await runBuilds()
    expect(live(url)).toBeNull()
    expect(live('/changji-shi/')).not.toContain(url)
    expect(live('/rss.xml')).not.toContain('存档稿件第2篇<')
    expect(indexedTitles()).not.toContain('存档稿件第2篇')
  })

  it('trashes a story: its page goes', async () => {
    const url = urlOf(stories.old5)!
    await payload.update({
      collection: 'articles',
      id: stories.old5.id,
      data: { deletedAt: new Date().toISOString() },
      user: editor,
      overrideAccess: false,
    })
    await runBuilds()
    expect(live(url)).toBeNull()
    expect(liveArchive(paths)?.byKey.has(`article:${stories.old5.id}`)).toBe(false)
  })

  it('renames a contributor on every story they wrote', async () => {
    await payload.update({
      collection: 'contributors',
      id: reporters[0].id,
      data: { name: '王正佳（通讯员）' },
      user: editor,
      overrideAccess: false,
    })
    await runBuilds()
    const theirs = Object.values(stories).filter((s) =>
      (s.bylines ?? []).some((b) => (typeof b.contributor === 'object' ? b.contributor.id : b.contributor) === reporters[0].id),
    )
    expect(theirs.length).toBeGreaterThanOrEqual(3)
    for (const story of theirs) {
      const url = urlOf(story)
      if (url) expect(live(url), url).toContain('王正佳（通讯员）')
    }
  })

  it('changes a photo’s credit on the story that shows it', async () => {
    await payload.update({
      collection: 'media',
      id: photo.id,
      data: { photographer: reporters[2].id },
      user: editor,
      overrideAccess: false,
    })
    await runBuilds()
    const page = live(urlOf(stories.old4)!)
    expect(page).toContain('留莉莉')
    expect(page).not.toContain('阿依曼 摄')
  })

  it('publishes a whole edition: its page, and where its stories ran', async () => {
    const drafts = []
    for (const title of ['头版头条：全州冬季供暖平稳运行', '头版二条：昌吉市新增公交线路']) {
      const draft = await payload.create({
        collection: 'articles',
        data: storyData(title, { regions: [town.id] }),
        draft: true,
        user: editor,
        overrideAccess: false,
      })
      await signOffAll(payload, reviewers, 'articles', draft.id)
      drafts.push(draft)
    }
    const date = new Date().toISOString()
    await payload.create({
      collection: 'editions',
      data: {
        date,
        number: 9001,
        _status: 'published',
        pages: [
          {
            number: 1,
            name: '要闻',
            stories: drafts.map((d) => ({ relationTo: 'articles' as const, value: d.id })),
          },
        ],
      },
      user: editor,
      overrideAccess: false,
    })
    await runBuilds()
    const editionPage = fs.readdirSync(path.join(paths.live, 'editions')).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))!
    const page = live(`/editions/${editionPage}/`)
    expect(page).toContain('头版头条：全州冬季供暖平稳运行')
    for (const draft of drafts) {
      stories[`edition${draft.id}`] = draft
      expect(live(urlOf(draft)!)).toContain('第1版')
    }
    expect(live('/')).toContain('头版头条：全州冬季供暖平稳运行')
  })

  it('takes a printed story off its edition page when unpublished, and back when republished', async () => {
    const editionPage = () => {
      const date = fs.readdirSync(path.join(paths.live, 'editions')).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))!
      return live(`/editions/${date}/`)
    }
    const printed = Object.entries(stories).find(([name]) => name.startsWith('edition'))![1]
    const setStatus = (_status: 'draft' | 'published') =>
      payload.update({
        collection: 'articles',
        id: printed.id,
        data: { _status },
        user: editor,
        overrideAccess: false,
      })
    await setStatus('draft')
    await runBuilds()
    expect(editionPage()).not.toContain(printed.title)
    await setStatus('published')
    await runBuilds()
    expect(editionPage()).toContain(printed.title)
  })

  it('publishes a scheduled story when its time comes', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: storyData('定时发布：元旦文艺汇演预告', { regions: [town.id] }),
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await signOffAll(payload, reviewers, 'articles', draft.id)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() + 500),
    })
    // Its time comes in half a second: the runner is asked until it has published the story.
    await waitFor(async () => {
      await payload.jobs.run({ limit: 10 })
      const { _status } = await payload.findByID({ collection: 'articles', id: draft.id, depth: 0 })
      return _status === 'published' ? true : undefined
    }, 30_000)
    await runBuilds()
    stories.scheduled = draft
    expect(live(urlOf(draft)!)).toContain('定时发布：元旦文艺汇演预告')
  })

  it('leaves the live site equal to a full build of the same database, byte for byte', async () => {
    const report = JSON.parse(
      fs.readFileSync(path.join(paths.data, path.basename(fs.readlinkSync(paths.live)), 'build.json'), 'utf8'),
    ) as BuildRecord
    expect(report.report.full).toBe(false)
    // Made from the build before the live one, brought up to date: no copy of the whole site.
    expect(report.report.start).toBe('recycled')
    // By the builder that stayed up: the live build's archive with the change applied.
    expect(report.report.warm).toBe(true)
    expect(report.report.pages.rendered).toBeLessThan(report.report.pages.total)

    const { buildSite } = await import('@/siteBuild/buildSite')
    const fresh = path.join(cms.dir, 'fresh-sites')
    await buildSite(payload, { sitesDir: fresh, full: true })
    const incremental = folderDigest(paths.live)
    const full = folderDigest(path.join(fresh, 'live'))
    expect(Object.keys(incremental).sort()).toEqual(Object.keys(full).sort())
    const differing = Object.keys(full).filter((file) => incremental[file] !== full[file])
    expect(differing).toEqual([])
  })

  it("carries the search over in a full build when no story's record changed, and comes out the same", async () => {
    const { buildSite } = await import('@/siteBuild/buildSite')
    await buildSite(payload, { full: true })
    const { report } = JSON.parse(
      fs.readFileSync(path.join(paths.data, path.basename(fs.readlinkSync(paths.live)), 'build.json'), 'utf8'),
    ) as BuildRecord
    expect(report.full).toBe(true)
    expect(report.shards.total).toBeGreaterThan(0)
    expect(report.shards.carried).toBe(report.shards.total)
    const full = folderDigest(path.join(cms.dir, 'fresh-sites', 'live'))
    expect(folderDigest(paths.live)).toEqual(full)
  })

  it('survives a build killed anywhere: live untouched, the next build again equal to a full one', async () => {
    const liveId = () => path.basename(fs.readlinkSync(paths.live))
    // `npm run site:build` in its own process group, as the CMS would run it, killed whole.
    const build = (killAfterMs: number | null) =>
      new Promise<{ killed: boolean; ms: number }>((resolve) => {
        const started = Date.now()
        const child = spawn('npm', ['run', '-s', 'site:build'], {
          cwd: projectRoot,
          env: process.env,
          detached: true,
          stdio: 'ignore',
        })
        const timer =
          killAfterMs === null ? null : setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), killAfterMs)
        child.on('exit', (code, signal) => {
          if (timer) clearTimeout(timer)
          resolve({ killed: signal === 'SIGKILL', ms: Date.now() - started })
        })
      })

    await publish('中断测试：计时')
    const { ms } = await build(null)
    let killed = 0
    for (const fraction of [0.2, 0.35, 0.5, 0.8]) {
      await publish(`中断测试：第${fraction * 100}次`)
      const before = { id: liveId(), files: folderDigest(paths.live) }
      const run = await build(Math.round(ms * fraction))
      if (!run.killed) continue
      if (liveId() !== before.id) {
        // The kill came after the switch (the process was still closing down): what went live
        // is a whole build, with its record beside it.
        expect(fs.existsSync(path.join(paths.data, liveId(), 'build.json'))).toBe(true)
        continue
      }
      killed += 1
      expect(folderDigest(paths.live)).toEqual(before.files)
    }
    expect(killed, 'builds actually killed part-way').toBeGreaterThanOrEqual(2)

    await runBuilds()
    const { buildSite } = await import('@/siteBuild/buildSite')
    const last = await buildSite(payload)
    expect(last.full).toBe(false)
    expect(live(urlOf(Object.values(stories)[0]) ?? '/')).not.toBeNull()
    for (const fraction of [0.2, 0.35, 0.5, 0.8]) {
      expect(indexedTitles()).toContain(`中断测试：第${fraction * 100}次`)
    }
    const fresh = path.join(cms.dir, 'fresh-after-kills')
    await buildSite(payload, { sitesDir: fresh, full: true })
    const full = folderDigest(path.join(fresh, 'live'))
    const incremental = folderDigest(paths.live)
    expect(Object.keys(incremental).sort()).toEqual(Object.keys(full).sort())
    expect(Object.keys(full).filter((f) => incremental[f] !== full[f])).toEqual([])
  })
})
