import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Anyone with a newsroom login: reporters, editors and admins. */
export const isStaff: Access = ({ req: { user } }) =>
  checkRole(['reporter', 'editor', 'admin'], user)
