import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isDesk } from '../access/isDesk'
import { isStaff } from '../access/isStaff'
import { searchNameField } from '../fields/searchName'
import { slugField } from '../fields/slug'
import { queueSiteBuild, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuild'

/** People credited in the paper. Most correspondents and every narrator never log in. */
export const Contributors: CollectionConfig<'contributors'> = {
  slug: 'contributors',
  labels: {
    singular: { en: 'Contributor', zh: '作者' },
    plural: { en: 'Contributors', zh: '作者' },
  },
  admin: {
    // Pickers (bylines, photographers) search the title: 杨, yanghe or yh all find 杨鹤.
    useAsTitle: 'searchName',
    listSearchableFields: ['searchName', 'affiliation'],
    defaultColumns: ['name', 'defaultRole', 'affiliation', 'active'],
    group: { en: 'Newsroom', zh: '采编' },
  },
  // A byline needs the name and the contributor's page, not the bio.
  defaultPopulate: { name: true, slug: true, defaultRole: true },
  access: {
    read: anyone,
    // A reporter filing a correspondent's story may need to add the correspondent.
    create: isStaff,
    update: isDesk,
    delete: isAdmin,
  },
  hooks: { afterChange: [queueSiteBuild], afterDelete: [queueSiteBuildAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { en: 'Name', zh: '姓名' } },
    slugField({ from: 'name', kind: 'name', unique: true }),
    searchNameField({ from: 'name', kind: 'name' }),
    {
      name: 'defaultRole',
      type: 'select',
      required: true,
      defaultValue: 'correspondent',
      label: { en: 'Role', zh: '身份' },
      options: [
        { value: 'staff', label: { en: 'Staff reporter', zh: '记者' } },
        { value: 'correspondent', label: { en: 'Correspondent', zh: '通讯员' } },
        { value: 'photographer', label: { en: 'Photographer', zh: '摄影' } },
        { value: 'guest', label: { en: 'Guest', zh: '特约作者' } },
      ],
    },
    {
      name: 'affiliation',
      type: 'text',
      label: { en: 'Affiliation', zh: '单位' },
      admin: { description: { en: 'e.g. 青山县融媒体中心', zh: '如“青山县融媒体中心”。' } },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Active', zh: '在册' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Untick when a correspondent stops filing; their bylines stay.',
          zh: '通讯员不再供稿时取消勾选；已发表的署名不受影响。',
        },
      },
    },
    { name: 'bio', type: 'textarea', label: { en: 'Short bio', zh: '简介' } },
    {
      // Phone and bank details are for paying fees: admins only, on every path (REST, GraphQL,
      // `where`, `select`, the admin). The public snapshot never reads them either.
      name: 'privateDetails',
      type: 'group',
      label: { en: 'Private details (admins only)', zh: '个人信息（仅管理员可见）' },
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      fields: [
        { name: 'phone', type: 'text', label: { en: 'Phone', zh: '电话' } },
        {
          type: 'row',
          fields: [
            {
              name: 'bankAccountHolder',
              type: 'text',
              label: { en: 'Account holder', zh: '开户名' },
            },
            { name: 'bankName', type: 'text', label: { en: 'Bank', zh: '开户行' } },
            { name: 'bankAccount', type: 'text', label: { en: 'Account number', zh: '银行账号' } },
          ],
        },
      ],
    },
  ],
}
