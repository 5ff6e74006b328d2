import type { CollectionConfig } from 'payload'

import { feeField } from '../../fields/fee'
import { headlineFields } from '../../fields/headline'
import { reviewFields } from '../../fields/review'
import { storySidebarFields } from '../../fields/story'
import { storyBodyField } from '../../fields/storyBody'
import { storyCollection } from '../../lib/storyCollection'

/** 口述实录: a first-person story told by its subject and written down by a reporter. */
export const Profiles: CollectionConfig<'profiles'> = {
  slug: 'profiles',
  labels: {
    singular: { en: 'First-person profile', zh: '口述实录' },
    plural: { en: 'First-person profiles', zh: '口述实录' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflow', '_status', 'county', 'updatedAt'],
    // The list reads the columns it shows, not whole stories (bodies, bylines, sign-offs).
    enableListViewSelectAPI: true,
    group: { en: 'Newsroom', zh: '采编' },
    // Rendered by the public site's own templates; see endpoints/preview.ts.
    preview: (doc) => `/api/preview/profiles/${String(doc.id)}`,
  },
  defaultSort: '-updatedAt',
  ...storyCollection('profiles'),
  fields: [
    ...headlineFields({ kickerLabel: { en: 'Kicker quote', zh: '引语' } }),
    {
      name: 'narrator',
      type: 'group',
      label: { en: 'Narrator', zh: '口述人' },
      fields: [
        {
          name: 'contributor',
          type: 'relationship',
          relationTo: 'contributors',
          required: true,
          label: { en: 'Narrator', zh: '口述人' },
        },
        {
          type: 'row',
          fields: [
            { name: 'age', type: 'number', min: 0, max: 130, label: { en: 'Age', zh: '年龄' } },
            { name: 'occupation', type: 'text', label: { en: 'Occupation', zh: '职业' } },
            {
              name: 'region',
              type: 'relationship',
              relationTo: 'regions',
              label: { en: 'From', zh: '所在地' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'compiler',
          type: 'relationship',
          relationTo: 'contributors',
          label: { en: 'Compiled by', zh: '整理' },
        },
        feeField({ name: 'compilerFee', contributorField: 'compiler' }),
      ],
    },
    {
      name: 'chapters',
      type: 'array',
      label: { en: 'Chapters', zh: '章节' },
      labels: { singular: { en: 'Chapter', zh: '章节' }, plural: { en: 'Chapters', zh: '章节' } },
      fields: [
        {
          name: 'subheading',
          type: 'text',
          label: { en: 'Subheading', zh: '小标题' },
          admin: {
            description: {
              en: 'e.g. 起点：在车轮上成长. Empty for the opening.',
              zh: '如“起点：在车轮上成长”；开篇可留空。',
            },
          },
        },
        storyBodyField({ label: { en: 'Text', zh: '正文' } }),
      ],
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Photos (the first is the portrait)', zh: '图片（第一张为人物肖像）' },
    },
    ...storySidebarFields(),
    ...reviewFields(),
  ],
}
