import type { User } from '@/payload-types'

export type Role = User['role']

/** True when the user holds one of the roles. Every access rule is built on this one check. */
export const checkRole = (roles: Role[], user?: Pick<User, 'role'> | null): boolean =>
  Boolean(user?.role && roles.includes(user.role))

/**
 * The desk: editors, the three reviewers of 三审三校 and admins. They edit any story, because
 * proofreading between the review stages is editing.
 */
export const DESK_ROLES: Role[] = ['editor', 'desk', 'section', 'chief', 'admin']

/** Editors, reviewers and admins: the desk. */
export const isDeskUser = (user?: Pick<User, 'role'> | null): boolean => checkRole(DESK_ROLES, user)

/** Anyone with a newsroom login: reporters and the desk. */
export const isStaffUser = (user?: Pick<User, 'role'> | null): boolean =>
  checkRole(['reporter', ...DESK_ROLES], user)
