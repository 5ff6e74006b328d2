import type { CollectionConfig } from 'payload'

/**
 * How stories and editions keep their history: drafts that autosave, publishing now or at a set
 * time, and every save a version an editor can go back to. Autosave keeps a reporter's typing
 * safe; 1,000 versions a document is far beyond normal editing, so nothing is pruned in practice.
 */
export const versionedDrafts: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 1000,
}
