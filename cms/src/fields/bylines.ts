import type { Field } from 'payload'

import { feeField } from './fee'

export const BYLINE_ROLES = {
  reporter: { en: 'Reporter', zh: '记者' },
  correspondent: { en: 'Correspondent', zh: '通讯员' },
  photographer: { en: 'Photographer', zh: '摄影' },
  narrator: { en: 'Narrator', zh: '口述' },
  compiler: { en: 'Compiler', zh: '整理' },
} as const

export type BylineRole = keyof typeof BYLINE_ROLES

/** Ordered bylines: several contributors may share a role, as in 通讯员王正佳、阿依曼报道. */
export function bylinesField(roles: BylineRole[]): Field {
  return {
    name: 'bylines',
    type: 'array',
    label: { en: 'Bylines', zh: '署名' },
    labels: { singular: { en: 'Byline', zh: '署名' }, plural: { en: 'Bylines', zh: '署名' } },
    admin: { initCollapsed: false },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'contributor',
            type: 'relationship',
            relationTo: 'contributors',
            required: true,
            label: { en: 'Contributor', zh: '作者' },
          },
          {
            name: 'role',
            type: 'select',
            required: true,
            defaultValue: roles[0],
            label: { en: 'Role', zh: '身份' },
            options: roles.map((value) => ({ value, label: BYLINE_ROLES[value] })),
          },
          feeField({ contributorField: 'contributor' }),
        ],
      },
    ],
  }
}
