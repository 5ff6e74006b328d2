import type { CollectionConfig } from 'payload'

import { isDesk } from '../access/isDesk'
import { isStaff } from '../access/isStaff'
import { ruleRegExp } from '../lib/proofread'
import { TERM_CATEGORIES } from '../lib/termCategories'

/**
 * 校对词表: the banned and sensitive terms and the common confusions the check (校对) looks for
 * before every sign-off, each with its suggested replacement. The newsroom keeps it; the seed
 * ships a starting list (seeds/data/proofreadingTerms.ts).
 */
export const ProofreadingTerms: CollectionConfig<'proofreading-terms'> = {
  slug: 'proofreading-terms',
  labels: {
    singular: { en: 'Proofreading term', zh: '校对词条' },
    plural: { en: 'Proofreading terms', zh: '校对词表' },
  },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'suggestion', 'category', 'level'],
    listSearchableFields: ['term', 'suggestion', 'note'],
    group: { en: 'Review', zh: '审校' },
  },
  // Never public: the list says what a paper avoids printing, not for readers.
  access: { read: isStaff, create: isDesk, update: isDesk, delete: isDesk },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'term',
          type: 'text',
          required: true,
          unique: true,
          label: { en: 'Term', zh: '词语' },
          admin: { description: { en: 'The wrong or sensitive form.', zh: '错误或敏感的写法。' } },
        },
        {
          name: 'suggestion',
          type: 'text',
          label: { en: 'Use instead', zh: '建议改为' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          defaultValue: 'confusion',
          label: { en: 'Category', zh: '类别' },
          options: Object.entries(TERM_CATEGORIES).map(([value, label]) => ({ value, label })),
        },
        {
          name: 'level',
          type: 'select',
          required: true,
          defaultValue: 'caution',
          label: { en: 'Level', zh: '处理' },
          options: [
            { value: 'banned', label: { en: 'Banned: blocks sign-off', zh: '禁用：阻止签发' } },
            { value: 'caution', label: { en: 'Caution: shown only', zh: '提示：仅提醒' } },
          ],
        },
      ],
    },
    {
      name: 'pattern',
      type: 'text',
      label: { en: 'Pattern (optional)', zh: '匹配规则（可选）' },
      admin: {
        description: {
          en: 'A JavaScript regular expression to look for instead of the term, e.g. 截止(?=\\d{1,2}月) for 截止 before a date.',
          zh: '用正则表达式代替词语本身匹配，如“截止(?=\\d{1,2}月)”只查日期前的“截止”。',
        },
      },
      validate: (value: string | null | undefined) =>
        !value || ruleRegExp({ term: '', pattern: value })
          ? true
          : '匹配规则不是有效的正则表达式 (not a valid regular expression)',
    },
    { name: 'note', type: 'textarea', label: { en: 'Why', zh: '说明' } },
  ],
}
