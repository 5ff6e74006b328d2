import type { Payload } from 'payload'

import type { PayloadJob } from '@/payload-types'

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
  const job = await payload.jobs.queue({ task: 'buildSite', queue: SITE_BUILD_QUEUE, input })
  await payload.jobs.runByID({ id: job.id })
  const done = (await payload.findByID({
    collection: 'payload-jobs',
    id: job.id,
    depth: 0,
    overrideAccess: true,
  })) as PayloadJob
  const build = finishedBuild(done)
  if (!build.result) throw new Error(build.error ?? 'the build did not finish')
  return build.result
}
