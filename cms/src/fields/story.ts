import type { Field } from 'payload'

import { regionsField, storyPlaceFields } from './regions'
import { createdByField, deskNotesField, lastEditedByField, workflowField } from './newsroom'
import { slugField } from './slug'

/** Sidebar fields every story type shares: where it stands, where it is about, who filed it. */
export function storySidebarFields(): Field[] {
  return [
    {
      name: 'siteBuildNotice',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/SiteBuildNotice#SiteBuildNotice' },
      },
    },
    slugField({ from: 'title' }),
    workflowField(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { en: 'First published', zh: '首发时间' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    regionsField(),
    ...storyPlaceFields(),
    {
      name: 'column',
      type: 'relationship',
      relationTo: 'columns',
      label: { en: 'Column', zh: '栏目' },
      admin: { position: 'sidebar' },
    },
    createdByField(),
    lastEditedByField(),
    deskNotesField(),
    {
      name: 'formerAddresses',
      type: 'array',
      label: { en: 'Former addresses', zh: '曾用网址' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        initCollapsed: true,
        description: {
          en: 'Kept when a live story changes county, date or slug; the site redirects from them.',
          zh: '已发布稿件更换县市、日期或网址别名时自动记录，旧网址会跳转到新网址。',
        },
      },
      fields: [
        { name: 'county', type: 'relationship', relationTo: 'regions' },
        { name: 'publishedAt', type: 'date', required: true },
        { name: 'slug', type: 'text', required: true },
      ],
    },
  ]
}
