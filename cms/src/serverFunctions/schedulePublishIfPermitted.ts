import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { docAccessOperation, type PayloadRequest } from 'payload'

import { cancelSchedules, pendingScheduleIds } from '../lib/scheduledPublishing'
import { publishRefusal } from '../lib/signOff'

type HandlerArgs = Parameters<typeof schedulePublishHandler>[0]
/** The part of the server-function arguments Payload's handler reads. */
type ScheduleArgs = Pick<
  HandlerArgs,
  'type' | 'date' | 'deleteID' | 'doc' | 'global' | 'localeToPublish' | 'req' | 'timezone'
>
/** What the drawer reads back: Payload's handler answers with one of the two. */
type Result = { error?: string; message?: string }
type ScheduledDoc = NonNullable<HandlerArgs['doc']>

/**
 * The admin's schedule drawer calls Payload's `schedule-publish` server function, which queues the
 * job with access overridden. This replaces it in our layout: scheduling (or cancelling a schedule)
 * is allowed only to someone who may publish the document now. When the job runs, Payload
 * publishes as the scheduling user, so a role lost in the meantime is caught then as well.
 *
 * A new time replaces the document's earlier pending schedule of the same kind: Payload's drawer
 * only adds jobs, so a story rescheduled from 8:00 to 18:00 would otherwise still go live at 8:00.
 * The earlier job is cancelled only once the new one is queued, so a failure keeps the old time.
 */
export async function schedulePublishIfPermitted(args: ScheduleArgs): Promise<Result> {
  const { req } = args
  if (args.deleteID !== undefined) return removeSchedule(req, args.deleteID)
  const { doc } = args
  if (!doc) return { error: 'Forbidden' }
  const refusal = await refusalToSchedule(req, doc)
  if (refusal) return { error: refusal }
  // A story goes live only with its 终审; refused now rather than when the job fails at its time.
  if (args.type === 'publish' && (doc.relationTo === 'articles' || doc.relationTo === 'profiles')) {
    const unsigned = await publishRefusal(req, doc.relationTo, doc.value)
    if (unsigned) return { error: unsigned }
  }
  const replaced = args.type
    ? await pendingScheduleIds(req, doc.relationTo, doc.value, args.type)
    : []
  const result = (await schedulePublishHandler(args as HandlerArgs)) as Result
  if (replaced.length && !result.error) {
    await cancelSchedules(req, { id: { in: replaced } })
  }
  return result
}

/** Why this user may not schedule the document, or null when they may publish it now. */
async function refusalToSchedule(req: PayloadRequest, doc: ScheduledDoc): Promise<string | null> {
  const collection = req.payload.collections[doc.relationTo]
  if (!collection || !req.user) return 'Forbidden'
  const permissions = await docAccessOperation({
    id: doc.value,
    collection,
    data: { _status: 'published' },
    req,
  })
  return permissions.update ? null : req.t('error:notAllowedToPerformAction')
}

/**
 * The drawer's delete button sends only the job's id. Payload's handler would delete it and then
 * queue an empty job; here the schedule's own document decides who may remove it, and the job is
 * cancelled, keeping its record.
 */
async function removeSchedule(req: PayloadRequest, jobId: number | string): Promise<Result> {
  const job = await req.payload.findByID({
    collection: 'payload-jobs',
    id: jobId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const doc = job?.taskSlug === 'schedulePublish' ? (job.input as { doc?: ScheduledDoc }).doc : null
  if (!doc) return { error: `没有这个定时任务 (no scheduled publish with ID ${jobId})` }
  const refusal = await refusalToSchedule(req, doc)
  if (refusal) return { error: refusal }
  await cancelSchedules(req, { id: { equals: jobId } })
  return { message: req.t('general:success') }
}
