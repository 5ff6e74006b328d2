import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { photoFieldOf, photoIdsOf } from '../lib/storyPhotos'

/**
 * Every published photo carries its credit: a story cannot go live while one of its photos has
 * neither a photographer nor an agency credit. Drafts may still lack them.
 */
export const requirePhotoCredits: CollectionBeforeChangeHook = async ({
  collection,
  data,
  req,
}) => {
  if (data._status !== 'published') return data
  const ids = photoIdsOf(data)
  if (ids.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'media',
    where: {
      and: [
        { id: { in: ids } },
        { photographer: { exists: false } },
        { or: [{ creditText: { exists: false } }, { creditText: { equals: '' } }] },
      ],
    },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return data
  // Each error names the field that shows the photo: a profile has no lead photo, only photos.
  const namesByField = new Map<string, string[]>()
  for (const photo of docs) {
    const field = photoFieldOf(data, photo.id)
    namesByField.set(field, [
      ...(namesByField.get(field) ?? []),
      photo.filename ?? String(photo.id),
    ])
  }
  throw new ValidationError({
    collection: collection.slug,
    errors: [...namesByField].map(([path, names]) => ({
      path,
      message: `发布前请为这些图片填写摄影者或来源署名 (photos need a credit before publishing): ${names.join('、')}`,
    })),
  })
}
