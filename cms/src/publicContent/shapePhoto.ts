import type { Media, PagePrint } from '@/payload-types'

import {
  PHOTO_FORMATS,
  PHOTO_WIDTHS,
  sizeName,
  type PhotoFormat,
  type PhotoWidth,
} from '../lib/imageSizes'
import { relationId } from '../lib/relationId'
import type { Id, PublicContributor, PublicImageFile, PublicPhoto } from './types'

const idOf = (ref: Parameters<typeof relationId>[0]): Id | null => {
  const id = relationId(ref)
  return id === null ? null : String(id)
}

/** One stored file of an upload, or null when the upload has none. */
export function imageFile(file: {
  filename?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
}): PublicImageFile | null {
  if (!file.filename || !file.width || !file.height) return null
  return {
    filename: file.filename,
    width: file.width,
    height: file.height,
    mimeType: file.mimeType ?? 'application/octet-stream',
    filesize: file.filesize ?? 0,
  }
}

/** Every size the CMS made of an upload (a photo, a printed page), by width and format. */
export function sizesOf(upload: Pick<Media, 'sizes'> | Pick<PagePrint, 'sizes'>): PublicPhoto['sizes'] {
  const sizes: PublicPhoto['sizes'] = {}
  for (const width of Object.keys(PHOTO_WIDTHS) as PhotoWidth[]) {
    for (const format of Object.keys(PHOTO_FORMATS) as PhotoFormat[]) {
      const stored = (upload.sizes as Record<string, Parameters<typeof imageFile>[0]> | undefined)?.[
        sizeName(width, format)
      ]
      const file = stored ? imageFile(stored) : null
      if (file) sizes[width] = { ...sizes[width], [format]: file }
    }
  }
  return sizes
}

/**
 * A stored photo as the site shows it: its files by size and format, its credit (a photographer
 * among `contributors`, else the agency line). Story photos and the masthead logo alike.
 */
export function shapePhoto(
  media: Media,
  contributors: ReadonlyMap<Id, PublicContributor>,
): PublicPhoto | null {
  const original = imageFile(media)
  if (!original) return null
  const sizes = sizesOf(media)
  const photographer = contributors.get(idOf(media.photographer) ?? '')
  const agency = media.creditText?.trim()
  return {
    id: String(media.id),
    alt: media.alt,
    caption: media.caption?.trim() || null,
    credit: photographer
      ? { name: photographer.name, contributorId: photographer.id }
      : agency
        ? { name: agency, contributorId: null }
        : null,
    dateTaken: media.dateTaken ?? null,
    regionId: idOf(media.region),
    focalX: media.focalX ?? null,
    focalY: media.focalY ?? null,
    original,
    sizes,
  }
}
