import type { GlobalConfig } from 'payload'

import { DEFAULT_TIME_ZONE } from '../../../site/src/consts'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { searchDivisionsEndpoint, setUpAreaEndpoint } from '../endpoints/coverageArea'
import { queueSiteBuildAfterGlobalChange } from '../hooks/queueSiteBuild'

/**
 * 报社设置: who the paper is and what it covers. Everything that names the paper — the site's
 * masthead, titles and feeds, the admin's title, the e-mails — reads it from here, so a paper is
 * set up by data (`npm run area`, then this form), never by editing code. Nothing here is secret:
 * the site publishes all of it.
 */
export const PaperSettings: GlobalConfig<'paper-settings'> = {
  slug: 'paper-settings',
  label: { en: 'Paper settings', zh: '报社设置' },
  admin: { group: { en: 'Structure', zh: '结构' } },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [queueSiteBuildAfterGlobalChange] },
  endpoints: [searchDivisionsEndpoint, setUpAreaEndpoint],
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      defaultValue: '县域新闻',
      label: { en: 'Paper name', zh: '报纸名称' },
    },
    {
      name: 'shortName',
      type: 'text',
      label: { en: 'Short name', zh: '简称' },
      admin: { description: { en: 'Used in feeds and tight spaces.', zh: '用于订阅源等位置。' } },
    },
    {
      name: 'masthead',
      type: 'text',
      label: { en: 'Masthead text', zh: '报头文字' },
      admin: { description: { en: 'Defaults to the paper name.', zh: '留空则用报纸名称。' } },
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Masthead logo', zh: '报头图片' },
    },
    {
      name: 'description',
      type: 'text',
      label: { en: 'One-line description', zh: '一句话简介' },
    },
    {
      name: 'area',
      type: 'relationship',
      relationTo: 'regions',
      label: { en: 'Coverage area', zh: '覆盖地区' },
      admin: {
        description: {
          en: 'The root of the region tree: a prefecture or a county. Set it up below, or with `npm run area`.',
          zh: '地区树的根：一个州（市）或一个县。可在下方从全国区划数据建立，或用 npm run area。',
        },
      },
    },
    {
      name: 'areaPicker',
      type: 'ui',
      admin: { components: { Field: '/components/CoverageAreaPicker#CoverageAreaPicker' } },
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TIME_ZONE,
      label: { en: 'Time zone', zh: '时区' },
      validate: (value: string | null | undefined) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: value ?? '' })
          return true
        } catch {
          return `不是有效的时区（如 Asia/Shanghai）：${value} (not an IANA time zone)`
        }
      },
    },
    {
      name: 'dateline',
      type: 'text',
      required: true,
      defaultValue: '本报讯',
      label: { en: 'Default dateline', zh: '默认电头' },
    },
    {
      name: 'siteUrl',
      type: 'text',
      label: { en: 'Site URL', zh: '网站地址' },
      admin: {
        description: { en: 'e.g. https://news.example.cn', zh: '如 https://news.example.cn' },
      },
      validate: (value: string | null | undefined) =>
        !value ||
        /^https?:\/\/[^\s/]+/.test(value) ||
        '网址应以 http:// 或 https:// 开头 (a web address)',
    },
  ],
}
