import type { PayloadRequest } from 'payload'

export const SITE_BUILD_QUEUE = 'site'

/**
 * Asks for a site build. Queued in the same transaction as the change that caused it, so a save
 * that rolls back asks for nothing. The task supersedes older pending builds: twenty publishes in
 * a burst leave one pending build (plus, at most, the one already running).
 */
export async function requestSiteBuild(req: PayloadRequest, reason: string): Promise<void> {
  await req.payload.jobs.queue({
    task: 'buildSite',
    queue: SITE_BUILD_QUEUE,
    input: { reason },
    req,
  })
}
