/**
 * Publish-to-live: from an editor's publish call to the story being on the live site, its page and
 * the search index both. The
 * publish goes through the access rules as the editor, its hook queues a `buildSite` job, and a job
 * runner in this process picks it up exactly as the CMS's autoRun cron does: once a second, one job
 * at a time, never overlapping itself (Payload's cron runs with `protect: true`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { sitePaths } from '@/siteBuild/paths'
import { SITE_BUILD_QUEUE } from '@/siteBuild/queue'

import { signOffAll } from '../../seeds/lib/signOffAll'
import { type Foundation, storySpec } from '../generate'
import { liveArchive, searchLive } from '../lib/liveSite'
import { currentLoad } from '../lib/machine'
import { sleep, spread, type Spread } from '../lib/stats'

export type PublishMeasurement = {
  /** Stories on the site when the first publish was timed. */
  siteStories: number
  single: {
    /** Publish call to page live. */
    totalMs: Spread
    /** The `payload.update` call itself (validation, hooks, versions, queueing the job). */
    publishCallMs: Spread
    /** Until the job runner started the build: the cron's tick, at most a second. */
    queueWaitMs: Spread
    /** The build job, as the job reports it (`buildSite`'s own durationMs). */
    buildMs: Spread
  }
  burst: {
    stories: number
    /** First publish call to the last of the stories live. */
    totalMs: number
    /** Builds that ran for the burst; coalescing should keep this at two or fewer. */
    builds: number
    publishCallsMs: number
  }
  loadAtStart: number
}

type Published = { collection: 'articles' | 'profiles'; id: number }

/** Runs queued site builds the way `autoRun` does, until stopped. */
function startJobRunner(payload: Payload): { stop: () => Promise<void> } {
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      // Croner fires on the whole second; a run that is still going makes it skip ticks.
      await sleep(1000 - (Date.now() % 1000))
      if (stopped) break
      try {
        await payload.jobs.run({ queue: SITE_BUILD_QUEUE, limit: 1, silent: true })
      } catch (error) {
        // As the cron's `catch` does: log and try again on the next tick.
        payload.logger.error({ err: error, msg: 'bench job runner' })
      }
    }
  })()
  return {
    stop: async () => {
      stopped = true
      await loop
    },
  }
}

/**
 * Resolves with the moment the live site first showed every story: a build goes live by one
 * symlink switch, page and search index together, so the clock stops at the switch; what it made
 * live is then checked — each story's page exists and the search index, queried as the browser
 * queries it, finds the story by its unique mark. The check's own time is not counted.
 */
async function waitUntilLive(
  payload: Payload,
  stories: (Published & { mark: string })[],
  since: Date,
  timeoutMs: number,
): Promise<number> {
  const { live } = sitePaths()
  const deadline = Date.now() + timeoutMs
  let seenTarget = fs.readlinkSync(live)
  let lastCheck = Date.now()
  for (;;) {
    const target = fs.readlinkSync(live)
    if (target !== seenTarget) {
      const switchedAt = performance.now()
      seenTarget = target
      const archive = liveArchive()
      const keys = stories.map((s) => `${s.collection === 'articles' ? 'article' : 'profile'}:${s.id}`)
      if (keys.every((key) => archive.byKey.has(key))) {
        const searched = await searchLive(stories.map((s) => s.mark))
        for (const [i, key] of keys.entries()) {
          const url = archive.urlOf(archive.byKey.get(key)!)
          if (!fs.existsSync(path.join(live, url, 'index.html'))) throw new Error(`${key}: no page at ${url}`)
          const found = searched.get(stories[i].mark) ?? []
          if (!found.includes(url)) throw new Error(`${key} is live but search for ${stories[i].mark} finds ${found.join(', ') || 'nothing'}`)
        }
        return switchedAt
      }
    }
    if (Date.now() > deadline) throw new Error(`stories not live after ${timeoutMs / 1000} s`)
    // A failed build would leave the story out for good: stop there, with the build's reason.
    if (Date.now() - lastCheck > 1000) {
      lastCheck = Date.now()
      const failed = (await buildsSince(payload, since)).find((b) => !b.ok)
      if (failed) throw new Error(`a site build failed: ${failed.error}`)
    }
    await sleep(25)
  }
}

/** Waits until no site build is queued or running, so one measurement never inherits another's. */
async function waitForIdleQueue(payload: Payload): Promise<void> {
  for (;;) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: SITE_BUILD_QUEUE } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      overrideAccess: true,
    })
    if (totalDocs === 0) return
    await sleep(200)
  }
}

/** Builds that ran (completed, successfully or not) since a moment. */
async function buildsSince(payload: Payload, since: Date) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'buildSite' } },
        { completedAt: { greater_than_equal: since.toISOString() } },
      ],
    },
    sort: 'completedAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.flatMap((job) => {
    const entry = job.log?.at(-1)
    if (!entry || entry.taskSlug !== 'buildSite') return []
    const output = entry.output as { durationMs?: number } | undefined
    return [
      {
        executedAt: Date.parse(entry.executedAt),
        buildMs: output?.durationMs ?? Date.parse(entry.completedAt) - Date.parse(entry.executedAt),
        ok: entry.state === 'succeeded',
        error: entry.state === 'succeeded' ? null : JSON.stringify(entry.error ?? job.error),
      },
    ]
  })
}

/**
 * Times `singles` one-story publishes and one burst of `burst` publishes on the current site. The
 * stories are new drafts written for the occasion (as the editor, without queueing a build), drawn
 * from the archive's generator beyond its last index.
 */
export async function measurePublish(
  payload: Payload,
  f: Foundation,
  { singles, burst, log }: { singles: number; burst: number; log: (line: string) => void },
): Promise<PublishMeasurement> {
  const loadAtStart = currentLoad()
  const editor = {
    ...(await payload.findByID({
      collection: 'users',
      id: f.editor,
      depth: 0,
      overrideAccess: true,
    })),
    collection: 'users' as const,
  } satisfies User & { collection: 'users' }
  const drafts: (Published & { mark: string })[] = []
  for (let k = 0; k < singles + burst; k++) {
    const spec = storySpec(1_000_000 + k, f, { status: 'draft' })
    // A word no other story has, for the search check: latin letters, so no segmenter splits it.
    const mark = `bench${Date.now().toString(36)}x${k}`
    spec.data.title = `${spec.data.title} ${mark}`
    const common = {
      user: editor,
      overrideAccess: false,
      context: { skipSiteBuild: true },
      depth: 0,
    }
    const doc =
      spec.collection === 'articles'
        ? await payload.create({ collection: 'articles', data: spec.data, ...common })
        : await payload.create({ collection: 'profiles', data: spec.data, ...common })
    await signOffAll(await createLocalReq({}, payload), f.signers, {
      collection: spec.collection,
      id: doc.id,
    })
    drafts.push({ collection: spec.collection, id: doc.id, mark })
  }
  const siteStories = liveArchive().stories.length

  const publish = (story: Published) =>
    payload.update({
      collection: story.collection,
      id: story.id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
      depth: 0,
    })

  const runner = startJobRunner(payload)
  try {
    const total: number[] = []
    const call: number[] = []
    const wait: number[] = []
    const build: number[] = []
    for (const story of drafts.slice(0, singles)) {
      await waitForIdleQueue(payload)
      const since = new Date()
      const t0 = performance.now()
      await publish(story)
      const t1 = performance.now()
      const live = await waitUntilLive(payload, [story], since, 15 * 60_000)
      const [job] = await buildsSince(payload, since)
      total.push(live - t0)
      call.push(t1 - t0)
      if (job) {
        wait.push(job.executedAt - (since.getTime() + (t1 - t0)))
        build.push(job.buildMs)
      }
      log(`    one story: live after ${((live - t0) / 1000).toFixed(1)} s`)
    }

    await waitForIdleQueue(payload)
    const group = drafts.slice(singles)
    const since = new Date()
    const t0 = performance.now()
    for (const story of group) await publish(story)
    const t1 = performance.now()
    const live = await waitUntilLive(payload, group, since, 30 * 60_000)
    await waitForIdleQueue(payload)
    const builds = (await buildsSince(payload, since)).length
    log(
      `    ${group.length} stories: all live after ${((live - t0) / 1000).toFixed(1)} s, ${builds} builds`,
    )
    return {
      siteStories,
      single: {
        totalMs: spread(total),
        publishCallMs: spread(call),
        queueWaitMs: spread(wait.length ? wait : [Number.NaN]),
        buildMs: spread(build.length ? build : [Number.NaN]),
      },
      burst: { stories: group.length, totalMs: live - t0, builds, publishCallsMs: t1 - t0 },
      loadAtStart,
    }
  } finally {
    await runner.stop()
  }
}
