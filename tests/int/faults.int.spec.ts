/**
 * Faults: the CMS process killed with SIGKILL in the middle of its work, then started again. What
 * must hold: the database opens, every acknowledged save is there, the live site is the last
 * complete build, the interrupted job runs again, and the next build succeeds.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Region, User } from '@/payload-types'
import type { SitePaths } from '@/siteBuild/paths'
import { getSiteBuildStatus } from '@/siteBuild/status'
import { buildIdOf } from '@/siteBuild/swapLive'

import { storyData } from '../helpers/fixtures'
import type { TestCMS } from '../helpers/payload'
import { folderDigest, storyPage, startPipeline } from '../helpers/pipeline'
import { createPublished, type Reviewers, signOffAll } from '../helpers/review'
import { projectRoot } from '../helpers/root'
import { waitFor } from '../helpers/waitFor'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let county: Region
let paths: SitePaths

const publish = (title: string) =>
  createPublished(payload, reviewers, storyData(title, { regions: [county.id] }), { user: editor })

const jobsOf = async (taskSlug: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: taskSlug } },
      sort: 'createdAt',
      limit: 0,
      overrideAccess: true,
    })
  ).docs

// A CMS boot and seven accounts take minutes, not seconds, on a loaded two-core machine.
beforeAll(async () => {
  ;({ cms, paths, county, editor, reviewers } = await startPipeline())
  payload = cms.payload
}, 300_000)

afterAll(async () => {
  await cms?.cleanup()
})

describe('the CMS killed in the middle of a job', () => {
  it('runs a site build again after the process running it was SIGKILLed, and builds after it', async () => {
    const first = await publish('故障前已上线的稿件')
    await payload.jobs.run({ queue: 'site', limit: 10 })
    expect(storyPage(paths, 'article', first.id)).not.toBeNull()
    const liveBefore = { id: buildIdOf(paths.live), files: folderDigest(paths.live) }

    // An acknowledged publish; its build is then taken up by another CMS process (Payload's own job
    // runner, as a production runner would be) and that process is killed whole mid-build.
    const acknowledged = await publish('构建中途进程被杀')
    const runner = spawn('npm', ['run', '-s', 'payload', '--', 'jobs:run', '--queue', 'site'], {
      cwd: projectRoot,
      env: process.env,
      detached: true,
      stdio: 'ignore',
    })
    const exited = new Promise((resolve) => runner.once('exit', resolve))
    await waitFor(async () => {
      const [build] = (await jobsOf('buildSite')).filter((job) => !job.completedAt)
      const rendering =
        fs.existsSync(paths.builds) &&
        fs.readdirSync(paths.builds).some((n) => n.endsWith('.partial'))
      return build?.processing && rendering ? true : undefined
    }, 120_000, { intervalMs: 20, what: 'the runner building' })
    process.kill(-runner.pid!, 'SIGKILL')
    await exited

    // What the dead process left: its job marked running; the live site as before.
    const orphaned = (await jobsOf('buildSite')).filter((job) => !job.completedAt)
    expect(orphaned.map((job) => job.processing)).toEqual([true])
    expect(buildIdOf(paths.live)).toBe(liveBefore.id)
    expect(folderDigest(paths.live)).toEqual(liveBefore.files)

    // Started again: the database opens with the acknowledged save, and the job runner takes the
    // interrupted build up again, which puts the story live.
    await payload.destroy()
    payload = await cms.restart({ cron: true })
    const saved = await payload.findByID({ collection: 'articles', id: acknowledged.id, depth: 0 })
    expect(saved).toMatchObject({ _status: 'published', title: '构建中途进程被杀' })
    const page = await waitFor(
      () => storyPage(paths, 'article', acknowledged.id) ?? undefined,
      180_000,
    )
    expect(page).toContain('构建中途进程被杀')
    const [rerun] = (await jobsOf('buildSite')).filter((job) => job.id === orphaned[0].id)
    expect(rerun).toMatchObject({ processing: false, hasError: false })
    expect(rerun?.completedAt).toBeTruthy()
    const status = await getSiteBuildStatus(payload)
    expect(status.running).toBeFalsy()
    expect(status.lastFinished?.ok).toBe(true)
    expect(storyPage(paths, 'article', first.id)).not.toBeNull()

    // And the next change builds as usual.
    const after = await publish('重启后再次发布')
    const next = await waitFor(
      () => storyPage(paths, 'article', after.id) ?? undefined,
      180_000,
    )
    expect(next).toContain('重启后再次发布')
  }, 600_000)

  it('publishes a scheduled story whose job a dead process left marked as running', async () => {
    // The CMS before the crash, without a job runner of its own here so the job waits for the kill.
    await payload.destroy()
    payload = await cms.restart()
    const story = await payload.create({
      collection: 'articles',
      data: storyData('定时任务中断的稿件', { regions: [county.id] }),
      draft: true,
      user: editor,
    })
    await signOffAll(payload, reviewers, 'articles', story.id)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: story.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    // The state a process killed inside the job leaves (the publish itself takes milliseconds, too
    // short to kill reliably from outside): the job claimed, the story not yet published.
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: true },
      overrideAccess: true,
    })

    await payload.destroy()
    payload = await cms.restart({ cron: true })
    const published = await waitFor(async () => {
      const doc = await payload.findByID({ collection: 'articles', id: story.id, depth: 0 })
      return doc._status === 'published' ? doc : undefined
    }, 60_000)
    expect(published.title).toBe('定时任务中断的稿件')
    const rerun = await payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
    })
    expect(rerun).toMatchObject({ processing: false, hasError: false })
    expect(rerun.completedAt).toBeTruthy()
  })
})
