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

/**
 * The county-level group and prefecture a story is listed under, derived from its regions
 * (hooks/populateStoryPlace). Stored and indexed so a county's list is one indexed query:
 * `where[county][equals]=<id>`; prefecture-wide stories have no county.
 */
export function storyPlaceFields(): Field[] {
  const derived = (name: 'county' | 'prefecture', label: { en: string; zh: string }): Field => ({
    name,
    type: 'relationship',
    relationTo: 'regions',
    index: true,
    label,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: { en: 'Follows the regions.', zh: '根据地区自动填写。' },
    },
  })
  return [
    derived('county', { en: 'County-level group', zh: '所属县市' }),
    derived('prefecture', { en: 'Prefecture', zh: '所属州' }),
  ]
}
