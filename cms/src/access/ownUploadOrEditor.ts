import type { Access } from 'payload'

import { isDeskUser } from './checkRole'

/** Editors manage every photo; a reporter the photos they uploaded. */
export const ownUploadOrEditor: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isDeskUser(user)) return true
  return { createdBy: { equals: user.id } }
}
