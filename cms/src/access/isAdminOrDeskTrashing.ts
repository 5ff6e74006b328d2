import type { Access } from 'payload'

import { checkRole, isDeskUser } from './checkRole'

/**
 * Moving to the trash, from which anything comes back, is the desk's; removing for good is an
 * admin's. Payload asks the delete rule for both, with the trash's `deletedAt` in `data` when
 * trashing and no data when deleting (Payload's trash docs, "editors can trash, only admins can
 * permanently delete").
 */
export const isAdminOrDeskTrashing: Access<{ deletedAt?: string | null }> = ({
  req: { user },
  data,
}) => checkRole(['admin'], user) || (Boolean(data?.deletedAt) && isDeskUser(user))
