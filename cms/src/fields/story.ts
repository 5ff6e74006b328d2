import type { Field } from 'payload'

import { regionsField, storyPlaceFields } from './regions'
import { createdByField, deskNotesField, workflowField } from './newsroom'
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
    deskNotesField(),
  ]
}
