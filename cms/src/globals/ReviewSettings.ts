import type { GlobalConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { ROLES } from '../collections/Users/roles'
import { DEFAULT_REVIEW_RULES, STAGES } from '../lib/reviewStages'

const roleOptions = ROLES.map((role) => ({ ...role }))

const rolesField = (name: 'firstRoles' | 'secondRoles' | 'finalRoles', zh: string) => ({
  name,
  type: 'select' as const,
  hasMany: true,
  required: true,
  defaultValue: DEFAULT_REVIEW_RULES[name],
  label: { en: `Who signs: ${name.replace('Roles', '')} review`, zh: `${zh}由谁签` },
  options: roleOptions,
})

/**
 * 审校设置: how this paper runs 三审三校 — two or three stages, which roles sign each, and where a
 * story goes back to when its text changes after a sign-off. Read with defaults by
 * lib/reviewRules.ts, so a paper that never opens it runs the standard three stages.
 */
export const ReviewSettings: GlobalConfig<'review-settings'> = {
  slug: 'review-settings',
  label: { en: 'Review settings', zh: '审校设置' },
  admin: { group: { en: 'Review', zh: '审校' } },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'stageCount',
      type: 'radio',
      required: true,
      defaultValue: DEFAULT_REVIEW_RULES.stageCount,
      label: { en: 'Review stages', zh: '审次' },
      options: [
        {
          value: 'three',
          label: { en: 'Three: first, second, final', zh: '三审：初审、复审、终审' },
        },
        { value: 'two', label: { en: 'Two: first and final', zh: '两审：初审、终审' } },
      ],
    },
    rolesField('firstRoles', STAGES.first.zh),
    rolesField('secondRoles', STAGES.second.zh),
    rolesField('finalRoles', STAGES.final.zh),
    {
      name: 'sameSignerSecondAndFinal',
      type: 'checkbox',
      defaultValue: DEFAULT_REVIEW_RULES.sameSignerSecondAndFinal,
      label: {
        en: 'One person may sign both the second and the final review',
        zh: '允许同一人签复审和终审（小报社）',
      },
      admin: {
        description: {
          en: 'Off by default: no one signs two stages of the same story. When on, such a final sign-off is recorded as such.',
          zh: '默认关闭：同一稿件的两个审次不得由同一人签发。开启后，此类终审会被如实记录。',
        },
      },
    },
    {
      name: 'returnStage',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_REVIEW_RULES.returnStage,
      label: { en: 'After an edit, back to', zh: '签发后改动文字，退回至' },
      options: (['first', 'second', 'final'] as const).map((stage) => ({
        value: stage,
        label: { en: STAGES[stage].en, zh: STAGES[stage].zh },
      })),
    },
  ],
}
