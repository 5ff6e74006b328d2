import fs from 'node:fs'
import path from 'node:path'

import type { Contributor, Media, Region } from '@/payload-types'

import type { Transaction } from '../lib/allOrNothing'
import type { Tally } from '../lib/tally'
import { IMAGE_TYPES } from './images'
import { PENDING_MARK } from './placeholder'
import type { ParsedPhoto } from './types'

/** One printed photo, ready to be stored. */
export interface PhotoUpload {
  photo: ParsedPhoto
  /** The stored file name without extension, e.g. 2025-12-10-p3-02. */
  baseName: string
  /** The path of the supplied image, or the placeholder picture's bytes. */
  image: string | Buffer
  /** The story's title, which describes the photo when the page prints no caption. */
  storyTitle: string
  photographer: Contributor['id'] | null
  creditText: string | null
  region: Region['id'] | null
}

/**
 * Stores a photo as a media document: the supplied image, or the placeholder marked pending in its
 * alt text (the admin lists photos by alt) and its file name, with the printed caption and credit.
 */
export async function createPhoto(
  tx: Transaction,
  tally: Tally,
  upload: PhotoUpload,
): Promise<Media> {
  const { image } = upload
  const pending = Buffer.isBuffer(image)
  const extension = pending ? '.jpg' : path.extname(image).toLowerCase()
  const name = `${upload.baseName}${pending ? '-pending' : ''}`
  const data = pending ? image : fs.readFileSync(image)
  const description = upload.photo.caption || `${upload.storyTitle}（配图）`
  tx.willUpload(name)
  tally.created('media')
  return tx.payload.create({
    collection: 'media',
    data: {
      alt: pending ? `${PENDING_MARK}${description}` : description,
      caption: upload.photo.caption || null,
      photographer: upload.photographer,
      creditText: upload.creditText,
      region: upload.region,
    },
    file: {
      data,
      mimetype: IMAGE_TYPES[extension] ?? 'application/octet-stream',
      name: `${name}${extension}`,
      size: data.length,
    },
    ...tx.local,
  })
}
