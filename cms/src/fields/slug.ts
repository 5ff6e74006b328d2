import type { CollectionSlug, Field, FieldHook, PayloadRequest } from 'payload'

import { toSlug } from '../lib/slugify'
import type { AnyDocument } from './anyDocument'

type SlugOptions = {
  /** The field the slug is made from. */
  from: string
  /** How to read the source: a person's name, a place, or a headline. */
  kind?: 'name' | 'place' | 'text'
  /** Two people called 张伟 get zhangwei and zhangwei-2. */
  unique?: boolean
}

async function firstFreeSlug(
  base: string,
  collection: CollectionSlug,
  id: number | string | undefined,
  req: PayloadRequest,
): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection,
      where: {
        and: [{ slug: { equals: candidate } }, ...(id ? [{ id: { not_equals: id } }] : [])],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return candidate
  }
}

/**
 * A pinyin slug made from another field when left empty, and kept once set: URLs stay stable when
 * a headline or name is later corrected.
 */
export function slugField({ from, kind = 'text', unique = false }: SlugOptions): Field {
  const populateSlug: FieldHook<AnyDocument, string | undefined, AnyDocument> = async ({
    value,
    data,
    originalDoc,
    collection,
    req,
  }) => {
    let slug: string | undefined
    if (typeof value === 'string' && value.trim()) slug = toSlug(value)
    else if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    else {
      const source = data?.[from] ?? originalDoc?.[from]
      if (typeof source === 'string' && source.trim()) slug = toSlug(source, { kind })
    }
    if (!slug || !unique || !collection) return slug
    return firstFreeSlug(slug, collection.slug, originalDoc?.id, req)
  }
  return {
    name: 'slug',
    type: 'text',
    label: { en: 'Slug', zh: '网址别名' },
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        en: 'Made from pinyin when left empty; kept when the source is edited, so links stay valid.',
        zh: '留空时按拼音自动生成；修改标题后保持不变，以免链接失效。',
      },
    },
    hooks: { beforeValidate: [populateSlug] },
  }
}
