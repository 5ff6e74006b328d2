import type { Access, FieldAccess } from 'payload'

import { isDeskUser } from './checkRole'

/** Editors and admins. */
export const isEditor: Access = ({ req: { user } }) => isDeskUser(user)

export const isEditorField: FieldAccess = ({ req: { user } }) => isDeskUser(user)
