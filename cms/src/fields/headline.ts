import type { Field } from 'payload'

/** 引题 / 主题 / 副题: the three headline lines of a Chinese newspaper story, in print order. */
export function headlineFields(
  overrides: { kickerLabel?: { en: string; zh: string } } = {},
): Field[] {
  return [
    {
      name: 'kicker',
      type: 'text',
      label: overrides.kickerLabel ?? { en: 'Kicker', zh: '引题' },
      admin: { description: { en: 'The line above the title.', zh: '主题上方的引导性标题。' } },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { en: 'Title', zh: '主题' },
    },
    {
      name: 'subtitle',
      type: 'text',
      label: { en: 'Subtitle', zh: '副题' },
      admin: { description: { en: 'The line below the title.', zh: '主题下方的补充性标题。' } },
    },
  ]
}
