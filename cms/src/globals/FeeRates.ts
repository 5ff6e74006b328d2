import type { GlobalConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isDesk } from '../access/isDesk'

/**
 * 稿费标准: the table that proposes each byline's fee when a story is published. The desk reads it
 * (and may change any single fee on a story); admins set it.
 */
export const FeeRates: GlobalConfig<'fee-rates'> = {
  slug: 'fee-rates',
  label: { en: 'Fee rates', zh: '稿费标准' },
  admin: { group: { en: 'Settings', zh: '设置' } },
  access: { read: isDesk, update: isAdmin },
  fields: [
    {
      name: 'bands',
      type: 'array',
      label: { en: 'Text fee by story kind and length', zh: '文字稿费（按稿件类型和字数）' },
      labels: { singular: { en: 'Band', zh: '档次' }, plural: { en: 'Bands', zh: '档次' } },
      admin: {
        description: {
          en: 'A story is paid by the band with the smallest limit it fits under; leave the limit empty for “and longer”. Several writers share it.',
          zh: '按稿件字数落入的最低档计酬；“字数上限”留空表示不限。多位作者平分。',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'article',
              label: { en: 'Story kind', zh: '稿件类型' },
              options: [
                { value: 'article', label: { en: 'Article', zh: '稿件' } },
                { value: 'profile', label: { en: 'First-person profile', zh: '口述实录' } },
              ],
            },
            {
              name: 'upToChars',
              type: 'number',
              min: 1,
              label: { en: 'Up to (characters)', zh: '字数上限' },
            },
            {
              name: 'amount',
              type: 'number',
              required: true,
              min: 0,
              label: { en: 'Fee (yuan)', zh: '稿费（元）' },
            },
          ],
        },
      ],
    },
    {
      name: 'perPhoto',
      type: 'number',
      min: 0,
      label: { en: 'Per photo (yuan)', zh: '图片稿费（元/幅）' },
      admin: {
        description: {
          en: 'Paid to the photographer credited on each photo the story shows.',
          zh: '按稿件所用图片的署名摄影者计付。',
        },
      },
    },
  ],
}
