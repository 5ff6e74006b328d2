import type { PayloadRequest, SchedulePublishTaskInput, Where } from 'payload'

/** What a schedule does when its time comes: Payload's `schedulePublish` job input `type`. */
export type ScheduleType = SchedulePublishTaskInput['type']

/**
 * A document's schedules — the `schedulePublish` jobs Payload's schedule drawer queues — still
 * waiting: not run, not failed or cancelled, not running now.
 */
export function pendingSchedulesWhere(
  collection: string,
  id: number | string,
  type?: ScheduleType,
): Where {
  return {
    and: [
      { taskSlug: { equals: 'schedulePublish' } },
      { 'input.doc.relationTo': { equals: collection } },
      { 'input.doc.value': { equals: String(id) } },
      ...(type ? [{ 'input.type': { equals: type } }] : []),
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { not_equals: true } },
    ],
  }
}

/** The ids of a document's pending schedules. */
export async function pendingScheduleIds(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  type?: ScheduleType,
): Promise<Array<number | string>> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: pendingSchedulesWhere(collection, id, type),
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.map((job) => job.id)
}

/**
 * Cancels schedules the way Payload's own job cancelling does — each job kept as a record
 * (`hasError`, `error.cancelled`) instead of deleted, and off the drawer's list — but inside the
 * save's own transaction: `payload.jobs.cancel` opens a transaction of its own, which on SQLite
 * waits behind the one the save holds and fails with SQLITE_BUSY.
 */
export async function cancelSchedules(req: PayloadRequest, where: Where): Promise<void> {
  await req.payload.update({
    collection: 'payload-jobs',
    where: { and: [where, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    data: { completedAt: null, error: { cancelled: true }, hasError: true, processing: false, waitUntil: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
