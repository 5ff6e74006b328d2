import type { CollectionConfig } from 'payload'

import { isAdminOrDeskTrashing } from '../access/isAdminOrDeskTrashing'
import { isStaff } from '../access/isStaff'
import { ownDraftOrEditor } from '../access/ownDraftOrEditor'
import { publishedOrStaff } from '../access/publishedOrStaff'
import {
  cancelDeletedSchedules,
  cancelWithdrawnSchedules,
} from '../hooks/cancelWithdrawnSchedules'
import { enforceReporterLimits } from '../hooks/enforceReporterLimits'
import { leaveBodiesOutOfLists } from '../hooks/leaveBodiesOutOfLists'
import { keepReviewRecords } from '../hooks/keepReviewRecords'
import { noteLockBeforeAutosave, restoreLockAfterAutosave } from '../hooks/keepLockThroughAutosave'
import { populateCreatedBy } from '../hooks/populateCreatedBy'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { populateStoryPlace } from '../hooks/populateStoryPlace'
import { proposeBylineFees } from '../hooks/proposeBylineFees'
import { queueSiteBuildAfterDelete, queueSiteBuildForVersioned } from '../hooks/queueSiteBuild'
import { refuseStaleSave } from '../hooks/refuseStaleSave'
import { rememberEditedFrom } from '../hooks/rememberEditedFrom'
import { rememberFormerAddress } from '../hooks/rememberFormerAddress'
import { requireFinalSignOff } from '../hooks/requireFinalSignOff'
import { requirePhotoCredits } from '../hooks/requirePhotoCredits'
import { reviewEndpoints } from '../endpoints/review'
import type { StoryCollection } from './storyOwnership'
import { versionedDrafts } from './versionedDrafts'

/**
 * What every kind of story shares: who may do what, every save a version, the desk's trash before
 * an admin's delete, 三审三校 before anything goes live, and the hooks that guard it and send it to
 * the site.
 */
export function storyCollection<S extends StoryCollection>(slug: S) {
  return {
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: isStaff,
      update: ownDraftOrEditor(slug),
      delete: isAdminOrDeskTrashing,
    },
    versions: versionedDrafts,
    trash: true,
    // Single-field indexes (slug, workflow, owner, publishedAt, county, _status) are declared on the
    // fields; these serve the lists that filter on one field and sort on another. SQLite reads an
    // index backwards for `sort=-publishedAt`, so no descending variant is needed.
    // `deletedAt` sits before the sort in the public lists' indexes: every read outside the trash
    // asks for `deletedAt` empty, and the page's count (18,000 stories of a county at 100,000) is
    // then read from the index alone instead of every story's row (1.5 ms instead of 47 ms).
    indexes: [
      // A county's published stories, newest first: the public county list.
      { fields: ['county', '_status', 'deletedAt', 'publishedAt'] },
      // Everything published, newest first: the paper's latest stories, feeds.
      { fields: ['_status', 'deletedAt', 'publishedAt'] },
      // The desk's queue (稿件状态 = 已交稿) and the newsroom's lists, last changed first.
      { fields: ['workflow', 'updatedAt'] },
    ],
    // What a story is when another document embeds it (an edition's pages at depth 1): its headline
    // and where it belongs, never its body.
    defaultPopulate: {
      kicker: true,
      title: true,
      subtitle: true,
      slug: true,
      publishedAt: true,
      county: true,
      _status: true,
    },
    endpoints: reviewEndpoints(slug),
    hooks: {
      beforeOperation: [
        // Before rememberEditedFrom, which may turn an autosave into a save of a new version.
        noteLockBeforeAutosave<S>(),
        rememberEditedFrom<S>(),
        leaveBodiesOutOfLists<S>(slug === 'articles' ? 'body' : 'chapters'),
      ],
      beforeChange: [
        populateCreatedBy,
        enforceReporterLimits,
        refuseStaleSave,
        keepReviewRecords,
        requireFinalSignOff,
        populatePublishedAt,
        populateStoryPlace,
        proposeBylineFees,
        requirePhotoCredits,
        rememberFormerAddress,
      ],
      afterChange: [cancelWithdrawnSchedules, queueSiteBuildForVersioned, restoreLockAfterAutosave],
      afterDelete: [cancelDeletedSchedules, queueSiteBuildAfterDelete],
    },
  } satisfies Partial<CollectionConfig>
}
