import type { Field, FieldHook } from 'payload'

import { withPinyin } from '../lib/slugify'
import type { AnyDocument } from './anyDocument'

/**
 * The name with its pinyin and initials (杨鹤 · yanghe yh), kept from another field. The admin's
 * relationship pickers search the collection's title field: made the title, it lets an editor find
 * a person or place among hundreds by typing 杨, yanghe or yh.
 */
export function searchNameField({
  from,
  kind = 'text',
}: {
  from: string
  kind?: 'name' | 'place' | 'text'
}): Field {
  const fill: FieldHook<AnyDocument, string | null, AnyDocument> = ({
    siblingData,
    originalDoc,
  }) => {
    const source = siblingData?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' ? withPinyin(source, { kind }) : null
  }
  return {
    name: 'searchName',
    type: 'text',
    index: true,
    label: { en: 'Name and pinyin', zh: '名称及拼音' },
    admin: { hidden: true },
    hooks: { beforeChange: [fill] },
  }
}
