import type { Access, FieldAccess } from 'payload'

import { isStaffUser } from './checkRole'

/** Anyone with a newsroom login: reporters, editors, reviewers and admins. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

/** Fields the newsroom reads and the public never does. */
export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
