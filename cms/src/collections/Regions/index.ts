import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isDeskUser } from '../../access/checkRole'
import { isAdmin } from '../../access/isAdmin'
import { isDesk } from '../../access/isDesk'
import { mergeRegionEndpoint } from '../../endpoints/mergeRegion'
import { searchNameField } from '../../fields/searchName'
import { slugField } from '../../fields/slug'
import { queueSiteBuild, queueSiteBuildAfterDelete } from '../../hooks/queueSiteBuild'
import { populateCounty } from './hooks/populateCounty'
import { updateDescendantCounties } from './hooks/updateDescendantCounties'
import { updateStoryPlaces } from './hooks/updateStoryPlaces'
import { REGION_LEVEL_LABELS, REGION_LEVELS } from './levels'

/**
 * The coverage area: prefecture › county-level › town or street › community or village. The root is
 * the paper's area (a prefecture, or a county for a county paper), set up from the national
 * division data by `npm run area`; editors add, rename, move and merge places here.
 */
export const Regions: CollectionConfig<'regions'> = {
  slug: 'regions',
  labels: { singular: { en: 'Region', zh: '地区' }, plural: { en: 'Regions', zh: '地区' } },
  admin: {
    // The regions picker searches the title: 青山, qingshan or qss all find 青山市.
    useAsTitle: 'searchName',
    defaultColumns: ['name', 'level', 'parent', 'county'],
    group: { en: 'Structure', zh: '结构' },
  },
  // Enough to name the place, link it and group it by county.
  defaultPopulate: { name: true, slug: true, level: true, parent: true, county: true, order: true },
  access: { read: anyone, create: isDesk, update: isDesk, delete: isAdmin },
  endpoints: [mergeRegionEndpoint],
  hooks: {
    beforeChange: [populateCounty],
    afterChange: [updateDescendantCounties, updateStoryPlaces, queueSiteBuild],
    afterDelete: [queueSiteBuildAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { en: 'Name', zh: '名称' } },
    slugField({ from: 'name', kind: 'place', unique: true }),
    searchNameField({ from: 'name', kind: 'place' }),
    {
      name: 'level',
      type: 'select',
      required: true,
      label: { en: 'Level', zh: '层级' },
      options: REGION_LEVELS.map((value) => ({ value, label: REGION_LEVEL_LABELS[value] })),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: { en: 'Parent', zh: '上级地区' },
    },
    {
      name: 'county',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: { en: 'County-level ancestor', zh: '所属县市' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { en: 'Derived from the parent.', zh: '根据上级地区自动填写。' },
      },
    },
    {
      name: 'code',
      type: 'text',
      index: true,
      label: { en: 'Division code', zh: '区划代码' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'The official statistical division code (GB/T 2260), set by `npm run area`; empty for places the newsroom added.',
          zh: '国家统计用区划代码（GB/T 2260），由 npm run area 填写；编辑部自行添加的地点留空。',
        },
      },
    },
    {
      name: 'officialName',
      type: 'text',
      label: { en: 'Official name', zh: '正式名称' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'The full name when the paper prints a shorter one (伊犁州 for 伊犁哈萨克自治州).',
          zh: '报上用简称时的全称。',
        },
      },
    },
    {
      name: 'mergePanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/MergeRegionPanel#MergeRegionPanel' },
        condition: (_data, _siblingData, { user }) => isDeskUser(user),
      },
    },
    {
      name: 'order',
      type: 'number',
      label: { en: 'Order', zh: '排序' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Counties are listed in this order on the site.',
          zh: '网站按此顺序列出县市。',
        },
      },
    },
  ],
}
