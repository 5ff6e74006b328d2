import sharp, { type Sharp } from 'sharp'

/**
 * The photo formats the newsroom accepts, by our name for them: what a stored file of each is
 * called, and how the original is re-encoded once its metadata is stripped.
 */
export const PHOTO_FORMATS = {
  jpeg: {
    ext: 'jpg',
    mimetype: 'image/jpeg',
    encode: (image: Sharp) => image.jpeg({ quality: 92 }),
  },
  png: { ext: 'png', mimetype: 'image/png', encode: (image: Sharp) => image.png() },
  webp: {
    ext: 'webp',
    mimetype: 'image/webp',
    encode: (image: Sharp) => image.webp({ quality: 92 }),
  },
  avif: {
    ext: 'avif',
    mimetype: 'image/avif',
    encode: (image: Sharp) => image.avif({ quality: 70 }),
  },
} as const

export type UploadFormat = keyof typeof PHOTO_FORMATS

export type PhotoHeader = {
  /** An accepted format, or null for any other image sharp can read. */
  format: UploadFormat | null
  width: number
  height: number
}

const headers = new WeakMap<Buffer, Promise<PhotoHeader>>()

async function readHeader(data: Buffer): Promise<PhotoHeader> {
  // The header only: the pixel limit is checked on these numbers, before anything is decoded.
  const meta = await sharp(data, { limitInputPixels: false }).metadata()
  // AVIF reads as HEIF with AV1 compression; other HEIF is not accepted.
  const name = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : null) : meta.format
  return {
    format: name && name in PHOTO_FORMATS ? (name as UploadFormat) : null,
    width: meta.width ?? 0,
    height: meta.height ?? 0,
  }
}

/**
 * What the uploaded bytes are, read from their header once per upload and shared by the upload
 * hooks (refusing, naming, re-encoding). Rejects when sharp cannot read the bytes as an image.
 */
export function photoHeader(data: Buffer): Promise<PhotoHeader> {
  let header = headers.get(data)
  if (!header) {
    header = readHeader(data)
    headers.set(data, header)
  }
  return header
}
