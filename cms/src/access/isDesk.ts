import type { Access, FieldAccess } from 'payload'

import { isDeskUser } from './checkRole'

/** The desk: editors, the three reviewers (desk, section, chief) and admins (`DESK_ROLES`). */
export const isDesk: Access = ({ req: { user } }) => isDeskUser(user)

/** The same, for one field. */
export const isDeskField: FieldAccess = ({ req: { user } }) => isDeskUser(user)
