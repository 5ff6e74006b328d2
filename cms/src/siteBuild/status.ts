import type { Payload } from 'payload'

import type { PayloadJob } from '@/payload-types'

import type { SiteBuildResult } from './buildSite'

export type FinishedBuild = {
  jobId: string
  finishedAt: string
  ok: boolean
  reason: string | null
  /** Present when the build went live. */
  result: SiteBuildResult | null
  /** Why it failed, in the build's own words. */
  error: string | null
}

export type SiteBuildStatus = {
  running: { jobId: string; startedAt: string; reason: string | null } | null
  queued: number
  lastFinished: FinishedBuild | null
  /** The last build that went live. */
  lastSuccess: FinishedBuild | null
  recent: FinishedBuild[]
  /** How long a change takes to reach readers now: any running build, then one more. */
  estimatedSecondsToLive: number
}

/** Until a build has been timed, assume the sample issue's build time on a small server. */
const DEFAULT_BUILD_SECONDS = 15

function messageOf(error: unknown): string {
  if (!error) return 'unknown error'
  if (typeof error === 'string') return error
  if (typeof error === 'object' && 'message' in error && typeof error.message === 'string')
    return error.message
  return JSON.stringify(error)
}

/** A finished `buildSite` job as the status shows it: whether it went live, and why not. */
export function finishedBuild(job: PayloadJob): FinishedBuild {
  const entry = job.log?.at(-1)
  const ok = !job.hasError && entry?.state === 'succeeded'
  return {
    jobId: String(job.id),
    finishedAt: job.completedAt ?? entry?.completedAt ?? job.updatedAt,
    ok,
    reason:
      typeof (job.input as { reason?: unknown })?.reason === 'string'
        ? (job.input as { reason: string }).reason
        : null,
    result: ok ? (entry?.output as SiteBuildResult) : null,
    error: ok ? null : messageOf(entry?.error ?? job.error),
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** What an editor needs to know about the public site's builds, read from the jobs in the database. */
export async function getSiteBuildStatus(payload: Payload): Promise<SiteBuildStatus> {
  const { docs } = (await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'buildSite' } },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })) as { docs: PayloadJob[] }
  const runningJob = docs.find((j) => j.processing)
  const queued = docs.filter((j) => !j.processing && !j.completedAt && !j.hasError).length
  const done = docs
    .filter((j) => j.completedAt || j.hasError)
    .map(finishedBuild)
    .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))
  const successes = done.filter((b) => b.ok && b.result)
  const typical = successes.length
    ? median(successes.slice(0, 5).map((b) => (b.result as SiteBuildResult).durationMs)) / 1000
    : DEFAULT_BUILD_SECONDS
  return {
    running: runningJob
      ? {
          jobId: String(runningJob.id),
          startedAt: runningJob.updatedAt,
          reason: finishedBuild(runningJob).reason,
        }
      : null,
    queued,
    lastFinished: done[0] ?? null,
    lastSuccess: successes[0] ?? null,
    recent: done.slice(0, 10),
    // The runner polls every second; a running build finishes before the next one starts.
    estimatedSecondsToLive: Math.ceil(typical * (runningJob ? 2 : 1) + 1),
  }
}
