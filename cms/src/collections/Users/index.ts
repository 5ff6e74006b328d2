import type { CollectionConfig } from 'payload'

import { isStaffUser } from '../../access/checkRole'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { env } from '../../env'
import { resetPasswordHTML, resetPasswordSubject } from '../../security/resetPasswordEmail'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { ROLES } from './roles'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: { en: 'User', zh: '用户' }, plural: { en: 'Users', zh: '用户' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { en: 'Settings', zh: '设置' },
  },
  auth: {
    // Five wrong passwords lock an account for ten minutes: enough for typos, not for guessing.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // One newsroom shift; a stolen token dies with the shift.
    tokenExpiration: 12 * 60 * 60,
    // Payload's default, relied on: a token names a server-side session, so logging out or a
    // password change (which ends the other sessions) makes copies of the old token useless.
    useSessions: true,
    // The reset link is built from SERVER_URL, never from the request's Host header.
    forgotPassword: {
      generateEmailHTML: resetPasswordHTML,
      generateEmailSubject: resetPasswordSubject,
    },
    cookies: {
      // Secure cookies need TLS: on when the CMS is served over https, as in production.
      secure: env.serverURL.startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any logged-in account lift another's lockout, which would let a reporter undo
    // the lock on an account someone is guessing the password of.
    unlock: isAdmin,
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', zh: '姓名' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'reporter',
      saveToJWT: true,
      label: { en: 'Role', zh: '角色' },
      options: ROLES.map((role) => ({ ...role })),
      // Only admins grant roles, so nobody can raise their own.
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'contributor',
      type: 'relationship',
      relationTo: 'contributors',
      label: { en: 'Byline as', zh: '对应作者' },
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'The contributor that is this person.',
          zh: '此用户在署名中的作者身份。',
        },
      },
    },
  ],
}
