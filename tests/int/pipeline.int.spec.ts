import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Region, User } from '@/payload-types'
import { backup, mediaChecksums } from '@/backup/backup'
import { runSiteBuild } from '@/siteBuild/runSiteBuild'
import { getSiteBuildStatus } from '@/siteBuild/status'
import type { SitePaths } from '@/siteBuild/paths'
import { buildIdOf } from '@/siteBuild/swapLive'

import { storyData } from '../helpers/fixtures'
import { cameraJpeg } from '../helpers/images'
import { createPublished, type Reviewers, signOffAll } from '../helpers/review'
import type { TestCMS } from '../helpers/payload'
import { waitFor } from '../helpers/waitFor'
import {
  copySiteSource,
  folderDigest,
  liveArchive,
  storyPage,
  startPipeline,
} from '../helpers/pipeline'
import { projectRoot } from '../helpers/root'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let county: Region
let siteSource: ReturnType<typeof copySiteSource>
let paths: SitePaths

const storyTemplate = () => path.join(siteSource.dir, 'src/layouts/StoryLayout.astro')

const pendingBuilds = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'buildSite' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
  ).totalDocs

const runBuilds = () => payload.jobs.run({ queue: 'site', limit: 10 })

const publish = (title: string) =>
  createPublished(payload, reviewers, storyData(title, { regions: [county.id] }), { user: editor })

beforeAll(async () => {
  siteSource = copySiteSource()
  // Builds run only when a test runs the queue (or, after the restart, the CMS's own runner).
  ;({ cms, paths, county, editor, reviewers } = await startPipeline({
    SITE_SOURCE_DIR: siteSource.dir,
  }))
  payload = cms.payload
})

afterAll(async () => {
  await cms?.cleanup()
  siteSource?.remove()
})

describe('the publishing pipeline', () => {
  it('puts a published story into the live folder', async () => {
    const story = await publish('管道测试：发布即上线')
    expect(await pendingBuilds()).toBe(1)
    await runBuilds()
    expect(storyPage(paths, 'article', story.id)).toContain('管道测试：发布即上线')
    const status = await getSiteBuildStatus(payload)
    expect(status.lastFinished).toMatchObject({ ok: true })
    expect(status.queued).toBe(0)
  })

  it('shows a build run outside the job runner (npm start, site:build, restore) in the status', async () => {
    const story = await publish('命令行构建：状态里看得到')
    expect(await pendingBuilds()).toBe(1)
    const result = await runSiteBuild(payload, { reason: 'npm start: no site has been built yet' })
    expect(storyPage(paths, 'article', story.id)).toContain('命令行构建：状态里看得到')
    const status = await getSiteBuildStatus(payload)
    expect(status.lastSuccess).toEqual({
      jobId: expect.any(String),
      finishedAt: expect.any(String),
      ok: true,
      reason: 'npm start: no site has been built yet',
      result,
      error: null,
    })
    // The build the publish asked for is covered by this one, so it no longer waits.
    expect(status.queued).toBe(0)
    expect(await pendingBuilds()).toBe(0)
  })

  it('does not build for a draft, and seeds can suppress builds', async () => {
    await payload.create({
      collection: 'articles',
      data: storyData('只是草稿'),
      draft: true,
      user: editor,
    })
    await createPublished(payload, reviewers, storyData('导入时不构建'), {
      context: { skipSiteBuild: true },
    })
    expect(await pendingBuilds()).toBe(0)
  })

  it('coalesces twenty publishes into one build that shows them all', async () => {
    const stories = []
    for (let i = 1; i <= 20; i++) stories.push(await publish(`连发稿件 ${i}`))
    expect(await pendingBuilds()).toBe(1)
    const { jobStatus } = await runBuilds()
    expect(Object.keys(jobStatus ?? {})).toHaveLength(1)
    for (const story of stories) expect(storyPage(paths, 'article', story.id)).not.toBeNull()
  })

  it('causes exactly one follow-up build for publishes during a build', async () => {
    await publish('构建前发布')
    const running = runBuilds()
    // An incremental build of this small site takes well under a second: look often.
    await waitFor(
      async () => ((await getSiteBuildStatus(payload)).running ? true : undefined),
      20_000,
      { intervalMs: 10, what: 'the build running' },
    )
    const late = [
      await publish('构建中发布 1'),
      await publish('构建中发布 2'),
      await publish('构建中发布 3'),
    ]
    await running
    expect(await pendingBuilds()).toBe(1)
    await runBuilds()
    expect(await pendingBuilds()).toBe(0)
    for (const story of late) expect(storyPage(paths, 'article', story.id)).not.toBeNull()
  })

  it('leaves the live folder byte-identical when a template throws, and records why', async () => {
    const liveBefore = buildIdOf(paths.live)
    const digestBefore = folderDigest(paths.live)
    const template = fs.readFileSync(storyTemplate(), 'utf8')
    // Every story page is laid out by this template: a build that renders one must fail.
    fs.writeFileSync(
      storyTemplate(),
      template.replace('---\n', "---\nthrow new Error('模板故障：测试用')\n"),
    )
    try {
      await publish('模板故障时发布')
      await runBuilds()
    } finally {
      fs.writeFileSync(storyTemplate(), template)
    }
    expect(buildIdOf(paths.live)).toBe(liveBefore)
    expect(folderDigest(paths.live)).toEqual(digestBefore)
    const status = await getSiteBuildStatus(payload)
    expect(status.lastFinished?.ok).toBe(false)
    expect(status.lastFinished?.error).toContain('模板故障')
    expect(status.lastSuccess?.result?.buildId).toBe(liveBefore)
    expect(fs.readdirSync(paths.builds).filter((n) => n.endsWith('.partial'))).toEqual([])
  })

  it('rolls back to the previous build in one step', () => {
    const live = buildIdOf(paths.live)
    const previous = buildIdOf(paths.previous)
    const result = spawnSync('npm', ['run', '-s', 'site:rollback'], {
      cwd: projectRoot,
      env: process.env,
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(buildIdOf(paths.live)).toBe(previous)
    expect(buildIdOf(paths.previous)).toBe(live)
  })

  it('publishes a scheduled story after a restart, with its build', async () => {
    const story = await payload.create({
      collection: 'articles',
      data: storyData('重启后定时上线', { regions: [county.id] }),
      draft: true,
      user: editor,
    })
    await signOffAll(payload, reviewers, 'articles', story.id)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: story.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() + 2000),
    })
    await payload.destroy()
    payload = await cms.restart({ cron: true })
    const page = await waitFor(() => storyPage(paths, 'article', story.id) ?? undefined, 90_000)
    expect(page).toContain('重启后定时上线')
  })

  it('restores a backup into an empty install with the same counts, media and site', async () => {
    await payload.create({
      collection: 'media',
      data: { alt: '备份测试', creditText: '本报资料' },
      file: await (async () => {
        const data = await cameraJpeg({ width: 800, height: 600 })
        return { data, name: 'backup.jpg', mimetype: 'image/jpeg', size: data.length }
      })(),
      context: { skipSiteBuild: true },
    })
    const outDir = path.join(cms.dir, 'backup-1')
    const manifest = await backup(payload, { outDir, mediaDir: path.join(cms.dir, 'media') })
    expect(manifest.counts.articles).toBeGreaterThan(20)

    const target = path.join(cms.dir, 'restored')
    const restoreEnv = {
      ...process.env,
      DATA_DIR: target,
      DATABASE_URI: `file:${path.join(target, 'county-news.db')}`,
      MEDIA_DIR: path.join(target, 'media'),
      SITES_DIR: path.join(target, 'site'),
    }
    const result = spawnSync('npm', ['run', '-s', 'restore', '--', outDir], {
      cwd: projectRoot,
      env: restoreEnv,
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('counts match')
    expect(mediaChecksums(path.join(target, 'media'))).toEqual(manifest.media)
    const urls = (archive: ReturnType<typeof liveArchive>) =>
      (archive?.stories ?? []).map((s) => archive?.urlOf(s)).sort()
    const restoredSites = path.join(target, 'site')
    const restored = urls(
      liveArchive({
        live: path.join(restoredSites, 'live'),
        data: path.join(restoredSites, 'data'),
      }),
    )
    expect(restored.length).toBeGreaterThan(20)
    expect(restored).toEqual(urls(liveArchive(paths)))
  })
})
