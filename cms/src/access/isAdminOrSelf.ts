import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Admins see and manage every account; everyone else only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { id: { equals: user.id } }
}
