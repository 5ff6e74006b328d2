import type { Payload } from 'payload'

import type { SiteBuildResult } from './buildSite'
import { SITE_BUILD_QUEUE } from './queue'
import { finishedBuild } from './status'

/**
 * Builds the public site now, in this process, as the same `buildSite` job the CMS's runner runs,
 * so the build status (the dashboard's 网站构建 panel) records it like any other: `npm start`'s
 * first build, `npm run site:build`, a restore. Queuing it supersedes builds still waiting, which
 * it covers. Throws with the build's own reason when it fails; the live site is then unchanged.
 */
export async function runSiteBuild(
  payload: Payload,
  input: { reason: string; full?: boolean },
): Promise<SiteBuildResult> {
  // Run here and now, by id. Until then it is not due for other runners (a CMS running beside this
  // command picks due builds up within a second): the same job claimed by two processes would be
  // built twice, and a kill of this command would not stop the build. Should this process die
  // first, a runner builds it when it falls due.
  const job = await payload.jobs.queue({
    task: 'buildSite',
    queue: SITE_BUILD_QUEUE,
    input,
    waitUntil: new Date(Date.now() + 60 * 60_000),
  })
  await payload.jobs.runByID({ id: job.id })
  const done = await payload.findByID({
    collection: 'payload-jobs',
    id: job.id,
    depth: 0,
    overrideAccess: true,
  })
  const build = finishedBuild(done)
  if (!build.result) throw new Error(build.error ?? 'the build did not finish')
  return build.result
}
