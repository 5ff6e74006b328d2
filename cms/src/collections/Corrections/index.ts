import type { CollectionConfig } from 'payload'

import { isDesk } from '../../access/isDesk'
import { keepOnItsStory } from './hooks/keepOnItsStory'
import { requireLiveStory } from './hooks/requireLiveStory'
import { stampAmendment } from './hooks/stampAmendment'
import { republishCorrectedStory } from './hooks/republishCorrectedStory'

/**
 * 更正: a dated correction appended to a published story — what was wrong and what is right. It
 * shows on the story's page, in its structured data and on the site's /corrections/ page. It can
 * be amended, never removed: every change is a version, and nobody may delete one.
 */
export const Corrections: CollectionConfig<'corrections'> = {
  slug: 'corrections',
  labels: {
    singular: { en: 'Correction', zh: '更正' },
    plural: { en: 'Corrections', zh: '更正' },
  },
  admin: {
    useAsTitle: 'wrong',
    defaultColumns: ['story', 'date', 'wrong', 'right'],
    group: { en: 'Newsroom', zh: '采编' },
    description: {
      en: 'Appending a correction republishes the story. Corrections can be amended, not removed.',
      zh: '添加更正后稿件将重新发布。更正可修改，不可删除；每次修改都留有记录。',
    },
  },
  access: {
    // A correction is public once its story's page is: the public snapshot reads them for live
    // stories only (public/corrections.ts); the API gives them to the newsroom.
    read: isDesk,
    readVersions: isDesk,
    create: isDesk,
    update: isDesk,
    delete: () => false,
  },
  // Every amendment is kept, however many.
  versions: { maxPerDoc: 0 },
  hooks: {
    beforeChange: [keepOnItsStory, requireLiveStory, stampAmendment],
    afterChange: [republishCorrectedStory],
  },
  fields: [
    {
      name: 'story',
      type: 'relationship',
      relationTo: ['articles', 'profiles'],
      required: true,
      index: true,
      label: { en: 'Story', zh: '稿件' },
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      label: { en: 'Date', zh: '更正日期' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'wrong',
      type: 'textarea',
      required: true,
      label: { en: 'What was wrong', zh: '原文错误' },
      admin: {
        description: {
          en: 'Shown after “原文：”, e.g. 第二段中“共12户”',
          zh: '显示在“原文：”之后，如：第二段中“共12户”。',
        },
      },
    },
    {
      name: 'right',
      type: 'textarea',
      required: true,
      label: { en: 'What is right', zh: '更正为' },
      admin: {
        description: {
          en: 'Shown after “更正为：”, e.g. “共21户”',
          zh: '显示在“更正为：”之后，如：“共21户”。',
        },
      },
    },
    {
      name: 'amendedAt',
      type: 'date',
      label: { en: 'Last amended', zh: '最近修改' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
