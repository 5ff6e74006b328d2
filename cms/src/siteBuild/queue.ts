import type { PayloadRequest } from 'payload'

import type { SiteChange } from '@/payload-types'

export const SITE_BUILD_QUEUE = 'site'

export type ChangeKind = SiteChange['kind']

/**
 * Records what changed for readers and asks for a site build. Both are written in the same
 * transaction as the change that caused them, so a save that rolls back asks for nothing. The task
 * supersedes older pending builds: twenty publishes in a burst leave one pending build (plus, at
 * most, the one already running), which handles all twenty recorded changes.
 *
 * Seeds, imports and tests pass `context.skipSiteBuild`: the change is recorded, so the next build
 * shows it, but no build is queued for it.
 */
export async function requestSiteBuild(
  req: PayloadRequest,
  change: { kind: ChangeKind; id?: number | string },
  reason: string,
): Promise<void> {
  await req.payload.create({
    collection: 'site-changes',
    data: { kind: change.kind, docId: change.id === undefined ? null : String(change.id) },
    overrideAccess: true,
    req,
  })
  if (req.context.skipSiteBuild) return
  await req.payload.jobs.queue({
    task: 'buildSite',
    queue: SITE_BUILD_QUEUE,
    input: { reason },
    req,
  })
}
