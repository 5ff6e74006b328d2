import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isDesk } from '../access/isDesk'
import { slugField } from '../fields/slug'
import { queueSiteBuild, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuild'

/** 栏目: recurring sections such as 社区直通车. A story belongs to at most one. */
export const Columns: CollectionConfig<'columns'> = {
  slug: 'columns',
  labels: { singular: { en: 'Column', zh: '栏目' }, plural: { en: 'Columns', zh: '栏目' } },
  admin: { useAsTitle: 'name', group: { en: 'Structure', zh: '结构' } },
  defaultPopulate: { name: true, slug: true },
  access: { read: anyone, create: isDesk, update: isDesk, delete: isAdmin },
  hooks: { afterChange: [queueSiteBuild], afterDelete: [queueSiteBuildAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { en: 'Name', zh: '名称' } },
    slugField({ from: 'name', unique: true }),
    { name: 'description', type: 'textarea', label: { en: 'Description', zh: '简介' } },
  ],
}
