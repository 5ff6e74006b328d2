import type { CollectionConfig } from 'payload'

import { bylinesField } from '../../fields/bylines'
import { headlineFields } from '../../fields/headline'
import { reviewFields } from '../../fields/review'
import { storySidebarFields } from '../../fields/story'
import { storyBodyField } from '../../fields/storyBody'
import { storyCollection } from '../../lib/storyCollection'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: { singular: { en: 'Article', zh: '稿件' }, plural: { en: 'Articles', zh: '稿件' } },
  admin: {
    useAsTitle: 'title',
    // Columns stored on the story itself (county is one indexed column, regions a join), newest
    // change first: the list view's query is an index walk at any archive size.
    defaultColumns: ['title', 'workflow', '_status', 'county', 'updatedAt'],
    listSearchableFields: ['title', 'kicker', 'subtitle'],
    // The list reads the columns it shows, not whole stories (bodies, bylines, sign-offs).
    enableListViewSelectAPI: true,
    group: { en: 'Newsroom', zh: '采编' },
    // Rendered by the public site's own templates; see endpoints/preview.ts.
    preview: (doc) => `/api/preview/articles/${doc.id}`,
  },
  defaultSort: '-updatedAt',
  ...storyCollection('articles'),
  fields: [
    ...headlineFields(),
    {
      name: 'dateline',
      type: 'text',
      defaultValue: '本报讯',
      label: { en: 'Dateline', zh: '电头' },
      admin: { description: { en: 'e.g. 本报讯, 新华社讯', zh: '如“本报讯”“新华社讯”。' } },
    },
    bylinesField(['reporter', 'correspondent', 'photographer', 'compiler']),
    {
      name: 'leadPhoto',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Lead photo', zh: '题图' },
    },
    storyBodyField(),
    ...storySidebarFields(),
    ...reviewFields(),
  ],
}
