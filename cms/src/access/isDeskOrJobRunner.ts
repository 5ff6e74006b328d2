import type { PayloadRequest } from 'payload'

import { env } from '../env'
import { isDeskUser } from './checkRole'

/**
 * Running, queueing or cancelling jobs publishes content and rebuilds the site, so only the desk —
 * or a runner holding the CRON_SECRET — may do it; Payload's default admits any logged-in user.
 */
export const isDeskOrJobRunner = ({ req }: { req: PayloadRequest }): boolean => {
  if (isDeskUser(req.user)) return true
  const auth = req.headers?.get('authorization')
  return Boolean(env.cronSecret && auth === `Bearer ${env.cronSecret}`)
}
