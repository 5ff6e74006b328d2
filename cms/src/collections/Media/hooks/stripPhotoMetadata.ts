import exifr from 'exifr'
import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { env } from '../../../env'
import { PHOTO_FORMATS, photoHeader } from './photoHeader'
import { uploadedFile } from './uploadedFile'

type CreatorTags = { Artist?: unknown; Byline?: unknown; creator?: unknown; Creator?: unknown }

/** The photographer's name from EXIF Artist, IPTC By-line or XMP dc:creator, whichever is set. */
async function readCreator(data: Buffer): Promise<string | null> {
  const tags = (await exifr
    .parse(data, { tiff: true, iptc: true, xmp: true, exif: false, gps: false })
    .catch(() => null)) as CreatorTags | null
  for (const value of [tags?.Artist, tags?.Byline, tags?.creator, tags?.Creator]) {
    const first: unknown = Array.isArray(value) ? value[0] : value
    const text =
      typeof first === 'object' && first !== null && 'value' in first ? first.value : first
    if (typeof text === 'string' && text.trim()) return text.trim()
  }
  return null
}

/**
 * A newsroom's photos carry where they were taken and which camera took them; neither may reach
 * readers. The original is re-encoded once, upright and without EXIF/XMP/IPTC (GPS, serial numbers),
 * keeping only the colour profile, before Payload stores it and makes the sizes from it. The
 * creator's name is read first so `prefillCreditFromMetadata` can credit the photographer.
 */
export const stripPhotoMetadata: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  const file = uploadedFile(operation, req)
  if (!file) return args
  req.context.photoCreator = await readCreator(file.data)
  const { format } = await photoHeader(file.data)
  const image = sharp(file.data, { limitInputPixels: env.maxImagePixels }).rotate().keepIccProfile()
  file.data = await PHOTO_FORMATS[format ?? 'jpeg'].encode(image).toBuffer()
  file.size = file.data.length
  return args
}
