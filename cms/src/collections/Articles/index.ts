import type { CollectionConfig } from 'payload'

import { bylinesField } from '../../fields/bylines'
import { datelineField } from '../../fields/dateline'
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
    preview: (doc) => `/api/preview/articles/${String(doc.id)}`,
  },
  defaultSort: '-updatedAt',
  ...storyCollection('articles'),
  fields: [
    ...headlineFields(),
    datelineField(),
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
