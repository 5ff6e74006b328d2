import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { ownDraftOrEditor } from '../access/ownDraftOrEditor'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { enforceReporterLimits } from '../hooks/enforceReporterLimits'
import { keepReviewRecords } from '../hooks/keepReviewRecords'
import { populateCreatedBy } from '../hooks/populateCreatedBy'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { queueSiteBuildAfterDelete, queueSiteBuildForVersioned } from '../hooks/queueSiteBuild'
import { requireFinalSignOff } from '../hooks/requireFinalSignOff'
import { requirePhotoCredits } from '../hooks/requirePhotoCredits'
import { reviewEndpoints } from '../endpoints/review'
import type { StoryCollection } from './storyOwnership'
import { storyVersions } from './storyVersions'

/**
 * What every kind of story shares: who may do what, every save a version, trash before delete,
 * 三审三校 before anything goes live, and the hooks that guard it and send it to the site.
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
    endpoints: reviewEndpoints(slug),
    hooks: {
      beforeChange: [
        populateCreatedBy,
        enforceReporterLimits,
        keepReviewRecords,
        requireFinalSignOff,
        populatePublishedAt,
        requirePhotoCredits,
      ],
      afterChange: [queueSiteBuildForVersioned],
      afterDelete: [queueSiteBuildAfterDelete],
    },
  } satisfies Partial<CollectionConfig>
}
