import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import { ownDraftOrEditor } from '../../access/ownDraftOrEditor'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { bylinesField } from '../../fields/bylines'
import { headlineFields } from '../../fields/headline'
import { storySidebarFields } from '../../fields/story'
import { storyBodyField } from '../../fields/storyBody'
import { enforceReporterLimits } from '../../hooks/enforceReporterLimits'
import { populateCreatedBy } from '../../hooks/populateCreatedBy'
import { queueSiteBuildAfterDelete, queueSiteBuildForVersioned } from '../../hooks/queueSiteBuild'
import { populatePublishedAt } from '../../hooks/populatePublishedAt'
import { requirePhotoCredits } from '../../hooks/requirePhotoCredits'
import { storyVersions } from '../../lib/storyVersions'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: { singular: { en: 'Article', zh: '稿件' }, plural: { en: 'Articles', zh: '稿件' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflow', '_status', 'regions', 'updatedAt'],
    listSearchableFields: ['title', 'kicker', 'subtitle'],
    group: { en: 'Newsroom', zh: '采编' },
    // Rendered by the public site's own templates; see endpoints/preview.ts.
    preview: (doc) => `/api/preview/articles/${doc.id}`,
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: ownDraftOrEditor('articles'),
    delete: isEditor,
  },
  versions: storyVersions,
  trash: true,
  hooks: {
    beforeChange: [
      populateCreatedBy,
      enforceReporterLimits,
      populatePublishedAt,
      requirePhotoCredits,
    ],
    afterChange: [queueSiteBuildForVersioned],
    afterDelete: [queueSiteBuildAfterDelete],
  },
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
  ],
}
