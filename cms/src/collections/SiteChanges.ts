import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'

/**
 * What changed since the live site was built: one row per changed document, written in the same
 * transaction as the change. The next site build exports and re-renders just these, then deletes the
 * rows it handled; a build that fails or is killed leaves them for the one after. Coalescing jobs
 * (twenty publishes, one build) would otherwise lose what each of them was about.
 */
export const SiteChanges: CollectionConfig<'site-changes'> = {
  slug: 'site-changes',
  labels: {
    singular: { en: 'Site change', zh: '待发布变更' },
    plural: { en: 'Site changes', zh: '待发布变更' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      // `all` asks for a full build (a command, a restore, a rollback of the content).
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        'articles',
        'profiles',
        'editions',
        'media',
        'contributors',
        'regions',
        'columns',
        'all',
      ],
    },
    { name: 'docId', type: 'text' },
  ],
}
