import type { CollectionConfig } from 'payload'

import { isAdminOrDeskTrashing } from '../../access/isAdminOrDeskTrashing'
import { isDesk } from '../../access/isDesk'
import { isStaff } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import {
  cancelDeletedSchedules,
  cancelWithdrawnSchedules,
} from '../../hooks/cancelWithdrawnSchedules'
import { queueSiteBuildAfterDelete, queueSiteBuildForVersioned } from '../../hooks/queueSiteBuild'
import { pagePrintFields } from '../../fields/storyAreas'
import { versionedDrafts } from '../../lib/versionedDrafts'
import { proposeStoryAreas } from './hooks/proposeStoryAreas'
import { publishEditionStories } from './hooks/publishEditionStories'
import { requireSignedOffStories } from './hooks/requireSignedOffStories'

/** 期 and 版面: a printed issue, its pages, and the stories on each page in order. */
export const Editions: CollectionConfig<'editions'> = {
  slug: 'editions',
  labels: {
    singular: { en: 'Edition', zh: '报纸期次' },
    plural: { en: 'Editions', zh: '报纸期次' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'number', '_status'],
    group: { en: 'Newsroom', zh: '采编' },
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isDesk,
    update: isDesk,
    delete: isAdminOrDeskTrashing,
  },
  versions: versionedDrafts,
  trash: true,
  hooks: {
    beforeChange: [requireSignedOffStories, proposeStoryAreas],
    afterChange: [publishEditionStories, cancelWithdrawnSchedules, queueSiteBuildForVersioned],
    afterDelete: [cancelDeletedSchedules, queueSiteBuildAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          unique: true,
          index: true,
          label: { en: 'Date', zh: '出版日期' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        { name: 'number', type: 'number', min: 1, label: { en: 'Issue number', zh: '期号' } },
      ],
    },
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', zh: '标题' },
      admin: { readOnly: true, hidden: true },
      hooks: {
        // The admin lists editions by a readable name such as 2025-12-10 第1234期.
        beforeChange: [
          ({ siblingData }) =>
            [
              String(siblingData.date ?? '').slice(0, 10),
              siblingData.number ? `第${siblingData.number}期` : '',
            ]
              .filter(Boolean)
              .join(' '),
        ],
      },
    },
    {
      name: 'pages',
      type: 'array',
      label: { en: 'Pages', zh: '版面' },
      labels: { singular: { en: 'Page', zh: '版面' }, plural: { en: 'Pages', zh: '版面' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'number',
              type: 'number',
              required: true,
              min: 1,
              label: { en: 'Page', zh: '版次' },
            },
            {
              name: 'name',
              type: 'text',
              label: { en: 'Page name', zh: '版名' },
              admin: { description: { en: 'e.g. 县市新闻', zh: '如“县市新闻”。' } },
            },
          ],
        },
        {
          name: 'stories',
          type: 'relationship',
          relationTo: ['articles', 'profiles'],
          hasMany: true,
          label: { en: 'Stories in page order', zh: '本版稿件（按版面顺序）' },
        },
        ...pagePrintFields(),
      ],
    },
  ],
}
