import type { Payload } from 'payload'

/**
 * On MongoDB several CMS processes may run jobs, so a job another one is running cannot be told from
 * one whose process died; past this age (longer than a full build of a ten-year archive) it is
 * taken for orphaned. SQLite has one CMS process, so there any job older than the process is.
 */
const SHARED_DATABASE_STALE_MS = 60 * 60_000

const startedAt = new WeakMap<Payload, Date>()
const released = new WeakMap<Payload, Promise<void>>()

/** `onInit`: when this Payload started, before it could have begun any job of its own. */
export function rememberStart(payload: Payload): void {
  startedAt.set(payload, new Date())
}

/**
 * Payload marks a job `processing` while it runs and never picks such a job again: a CMS killed in
 * the middle of a scheduled publish or a site build (SIGKILL, the OOM killer, a power cut) left it
 * so for good — the story never went live, and because site builds are exclusive, no build ever
 * ran again. Before this process's job runner first runs, such jobs are released to run again
 * (publishing at its time and building the site are both safe to repeat), each with a warning.
 *
 * Used as `jobs.shouldAutoRun`, which Payload asks before every scheduled run, so only processes
 * that run jobs release any (a backup or an import started beside a building CMS does not); it
 * always lets the jobs run.
 */
export async function releaseOrphanedJobsOnce(payload: Payload): Promise<boolean> {
  if (!released.has(payload)) {
    released.set(payload, releaseOrphanedJobs(payload, startedAt.get(payload) ?? new Date()))
  }
  await released.get(payload)
  return true
}

async function releaseOrphanedJobs(payload: Payload, since: Date): Promise<void> {
  const before =
    payload.db.name === 'sqlite' ? since : new Date(since.getTime() - SHARED_DATABASE_STALE_MS)
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true }, updatedAt: { less_than: before.toISOString() } },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  for (const job of docs) {
    payload.logger.warn(
      `任务 ${job.id}（${job.taskSlug}）在 ${job.updatedAt} 开始后进程中断，现重新运行 (job ${job.id} was left running by a process that died; it runs again)`,
    )
  }
}
