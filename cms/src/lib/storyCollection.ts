import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { ownDraftOrEditor } from '../access/ownDraftOrEditor'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { enforceReporterLimits } from '../hooks/enforceReporterLimits'
import { populateCreatedBy } from '../hooks/populateCreatedBy'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { proposeBylineFees } from '../hooks/proposeBylineFees'
import { queueSiteBuildAfterDelete, queueSiteBuildForVersioned } from '../hooks/queueSiteBuild'
import { requirePhotoCredits } from '../hooks/requirePhotoCredits'
import type { StoryCollection } from './storyOwnership'
import { storyVersions } from './storyVersions'

/**
 * What every kind of story shares: who may do what, every save a version, trash before delete,
 * and the hooks that guard it and send it to the site.
 */
export function storyCollection(slug: StoryCollection) {
  return {
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: isStaff,
      update: ownDraftOrEditor(slug),
      delete: isEditor,
    },
    versions: storyVersions,
    trash: true,
    hooks: {
      beforeChange: [
        populateCreatedBy,
        enforceReporterLimits,
        populatePublishedAt,
        proposeBylineFees,
        requirePhotoCredits,
      ],
      afterChange: [queueSiteBuildForVersioned],
      afterDelete: [queueSiteBuildAfterDelete],
    },
  } satisfies Partial<CollectionConfig>
}
