import type { Field } from 'payload'

/** The most specific regions a story or photo covers; the site groups by their county. */
export function regionsField(): Field {
  return {
    name: 'regions',
    type: 'relationship',
    relationTo: 'regions',
    hasMany: true,
    label: { en: 'Regions', zh: '地区' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Tag the most specific places the story covers (e.g. a community); its county follows.',
        zh: '选择报道涉及的最具体地区（如社区），所属县市自动归类。',
      },
    },
  }
}
