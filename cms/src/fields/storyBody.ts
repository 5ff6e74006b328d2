import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Field } from 'payload'

import { PhotoBlock } from '../blocks/Photo'

/** Story text: the default rich-text tools plus photos placed between paragraphs. */
export function storyBodyField(
  overrides: { name?: string; label?: { en: string; zh: string } } = {},
): Field {
  return {
    name: overrides.name ?? 'body',
    type: 'richText',
    label: overrides.label ?? { en: 'Body', zh: '正文' },
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures,
        BlocksFeature({ blocks: [PhotoBlock] }),
      ],
    }),
  }
}
