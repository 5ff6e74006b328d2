import type { Field } from 'payload'

import { isStaffField } from '../access/isStaff'
import { STAGES, STAGE_ORDER } from '../lib/reviewStages'

/** Written only by lib/signOff.ts (the hook keepReviewRecords restores them on any other write). */
const recordAccess = { read: isStaffField, create: () => false, update: () => false }

/**
 * 三审三校 on a story: the check and sign-off panel, the sign-offs (who, stage, when, the version
 * signed, a note; superseded ones stay, marked), the final reviewer's overrides of banned terms,
 * and why the story was last sent back. Internal: read access keeps all of it off public paths.
 */
export function reviewFields(): Field[] {
  return [
    {
      name: 'reviewPanel',
      type: 'ui',
      admin: { components: { Field: '/components/ReviewPanelField#ReviewPanelField' } },
    },
    {
      name: 'returnedReason',
      type: 'text',
      label: { en: 'Sent back because', zh: '退回原因' },
      access: recordAccess,
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.returnedReason),
      },
    },
    {
      name: 'stageEnteredAt',
      type: 'date',
      index: true,
      label: { en: 'In this state since', zh: '进入当前状态' },
      access: recordAccess,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'signOffs',
      type: 'array',
      label: { en: 'Sign-offs', zh: '签发记录' },
      labels: {
        singular: { en: 'Sign-off', zh: '签发' },
        plural: { en: 'Sign-offs', zh: '签发记录' },
      },
      access: recordAccess,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          name: 'stage',
          type: 'select',
          required: true,
          label: { en: 'Stage', zh: '审次' },
          options: STAGE_ORDER.map((stage) => ({
            value: stage,
            label: { en: STAGES[stage].en, zh: STAGES[stage].zh },
          })),
        },
        {
          name: 'signer',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          label: { en: 'Signed by', zh: '签发人' },
        },
        {
          name: 'signedAt',
          type: 'date',
          required: true,
          label: { en: 'Signed at', zh: '签发时间' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'version', type: 'text', label: { en: 'Version signed', zh: '所签版本' } },
        {
          name: 'textHash',
          type: 'text',
          required: true,
          label: { en: 'Text fingerprint', zh: '文字指纹' },
        },
        { name: 'note', type: 'textarea', label: { en: 'Note', zh: '意见' } },
        {
          name: 'sameSignerAllowed',
          type: 'checkbox',
          label: {
            en: 'Same person as the second review, as the settings allow',
            zh: '按审校设置由复审人兼签终审',
          },
        },
        {
          name: 'supersededAt',
          type: 'date',
          label: { en: 'No longer in force since', zh: '失效时间' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'supersededReason', type: 'text', label: { en: 'Why', zh: '失效原因' } },
      ],
    },
    {
      name: 'checkOverrides',
      type: 'array',
      label: { en: 'Banned terms kept by the final reviewer', zh: '终审保留的禁用词' },
      labels: {
        singular: { en: 'Override', zh: '保留' },
        plural: { en: 'Overrides', zh: '保留记录' },
      },
      access: recordAccess,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'term', type: 'text', required: true, label: { en: 'Term', zh: '词语' } },
        { name: 'reason', type: 'textarea', required: true, label: { en: 'Reason', zh: '理由' } },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          label: { en: 'By', zh: '决定人' },
        },
        {
          name: 'at',
          type: 'date',
          required: true,
          label: { en: 'At', zh: '时间' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ]
}
