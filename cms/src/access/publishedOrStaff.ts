import type { Access } from 'payload'

import { isStaffUser } from './checkRole'

/**
 * The newsroom reads everything; the public reads published documents only. The `Where` also
 * applies to `?draft=true`, version reads and GraphQL, so no path reaches a draft anonymously.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
