import type { CollectionConfig } from 'payload'

/**
 * Every save of a story is a version an editor can go back to. Autosave keeps a reporter's typing
 * safe; 1,000 versions a story is far beyond normal editing, so nothing is pruned in practice.
 */
export const storyVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 1000,
}
