import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { docAccessOperation } from 'payload'

import { publishRefusal } from '../lib/signOff'

type HandlerArgs = Parameters<typeof schedulePublishHandler>[0]
/** The part of the server-function arguments Payload's handler reads. */
type ScheduleArgs = Pick<
  HandlerArgs,
  'type' | 'date' | 'deleteID' | 'doc' | 'global' | 'localeToPublish' | 'req' | 'timezone'
>

/**
 * The admin's schedule drawer calls Payload's `schedule-publish` server function, which queues the
 * job with access overridden. This replaces it in our layout: scheduling (or cancelling a schedule)
 * is allowed only to someone who may publish the document now. When the job runs, Payload
 * publishes as the scheduling user, so a role lost in the meantime is caught then as well.
 */
export async function schedulePublishIfPermitted(
  args: ScheduleArgs,
): Promise<Awaited<ReturnType<typeof schedulePublishHandler>>> {
  const { doc, req } = args
  const collection = doc ? req.payload.collections[doc.relationTo] : undefined
  if (!collection || !req.user) return { error: 'Forbidden' }
  const permissions = await docAccessOperation({
    id: doc!.value,
    collection,
    data: { _status: 'published' },
    req,
  })
  if (!permissions.update) return { error: req.t('error:notAllowedToPerformAction') }
  // A story goes live only with its 终审; refused now rather than when the job fails at its time.
  if (
    args.type === 'publish' &&
    (doc!.relationTo === 'articles' || doc!.relationTo === 'profiles')
  ) {
    const refusal = await publishRefusal(req, doc!.relationTo, doc!.value)
    if (refusal) return { error: refusal }
  }
  return schedulePublishHandler(args as HandlerArgs)
}
