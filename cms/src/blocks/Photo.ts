import type { Block } from 'payload'

/** A photo placed inside the story text, as the paper prints it between paragraphs. */
export const PhotoBlock: Block = {
  slug: 'photo',
  interfaceName: 'PhotoBlock',
  labels: { singular: { en: 'Photo', zh: '图片' }, plural: { en: 'Photos', zh: '图片' } },
  fields: [
    {
      name: 'media',
      type: 'upload',
      relationTo: 'media',
      required: true,
      label: { en: 'Photo', zh: '图片' },
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { en: 'Caption for this story', zh: '本文图片说明' },
      admin: {
        description: {
          en: "Leave empty to use the photo's own caption.",
          zh: '留空则使用图片自带的说明。',
        },
      },
    },
  ],
}
