import type { User } from '@/payload-types'

export type Role = User['role']

/** True when the user holds one of the roles. Every access rule is built on this one check. */
export const checkRole = (roles: Role[], user?: Pick<User, 'role'> | null): boolean =>
  Boolean(user?.role && roles.includes(user.role))

/** Editors and admins: the desk. */
export const isDeskUser = (user?: Pick<User, 'role'> | null): boolean =>
  checkRole(['editor', 'admin'], user)
