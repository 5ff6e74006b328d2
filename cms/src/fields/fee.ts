import type { Field } from 'payload'

import { isDeskField } from '../access/isDesk'
import { ownFeeOrEditorField } from '../access/ownFeeOrEditorField'

/**
 * 稿费 for one byline, in whole yuan, next to the contributor it pays. Proposed from the fee table
 * when the story is published (hooks/proposeBylineFees.ts); the desk may change it. Only the desk
 * and the contributor's own account read it; it never reaches the public.
 */
export function feeField({
  name = 'fee',
  contributorField,
}: {
  name?: string
  contributorField: string
}): Field {
  return {
    name,
    type: 'number',
    min: 0,
    label: { en: 'Fee (yuan)', zh: '稿费（元）' },
    access: {
      read: ownFeeOrEditorField(contributorField),
      create: isDeskField,
      update: isDeskField,
    },
    admin: {
      step: 1,
      description: {
        en: 'Filled from the fee table when published; editors may change it.',
        zh: '发布时按稿费标准自动填写，编辑可修改。',
      },
    },
    validate: (value: number | null | undefined) =>
      value === null || value === undefined || Number.isInteger(value)
        ? true
        : '稿费以元为单位，请填整数 (whole yuan)',
  }
}
