import type { Field } from 'payload'

const fraction = (name: 'x' | 'y' | 'w' | 'h', zh: string): Field => ({
  name,
  type: 'number',
  required: true,
  min: 0,
  max: 1,
  label: { en: name, zh },
})

/**
 * A page's printed image and its story areas (版面热区): rectangles stored as fractions of the
 * page's width and height, so one area fits every size of the image, each linked to a story on
 * the page. Editors draw them over the image (components/StoryAreasField); a PDF with text gets
 * them proposed (proposeStoryAreas).
 */
export const pagePrintFields = (): Field[] => [
  {
    name: 'print',
    type: 'upload',
    relationTo: 'page-prints',
    label: { en: 'Printed page', zh: '版面图（PDF 或图片）' },
  },
  {
    name: 'areas',
    type: 'array',
    label: { en: 'Story areas', zh: '稿件热区' },
    labels: { singular: { en: 'Area', zh: '热区' }, plural: { en: 'Areas', zh: '热区' } },
    admin: {
      components: { Field: '/components/StoryAreasField#StoryAreasField' },
      description: {
        en: 'Draw a rectangle over each story on the page image.',
        zh: '在版面图上为每篇稿件画出区域。',
      },
    },
    fields: [
      {
        name: 'story',
        type: 'relationship',
        relationTo: ['articles', 'profiles'],
        required: true,
        label: { en: 'Story', zh: '稿件' },
      },
      {
        type: 'row',
        fields: [
          fraction('x', '左'),
          fraction('y', '上'),
          fraction('w', '宽'),
          fraction('h', '高'),
        ],
      },
    ],
  },
  {
    name: 'areaReport',
    type: 'textarea',
    label: { en: 'Areas found in the PDF', zh: '热区识别结果' },
    admin: { readOnly: true },
  },
]
