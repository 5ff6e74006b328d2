import type { CollectionBeforeOperationHook } from 'payload'

import { env } from '../../../env'
import { publicError } from '../../../security/publicError'
import { photoHeader, type PhotoHeader } from './photoHeader'
import { uploadedFile } from './uploadedFile'

export const ACCEPTED_MESSAGE =
  '仅接受 JPEG、PNG、WebP、AVIF 格式的照片 (only JPEG, PNG, WebP and AVIF photos are accepted)'

/** Refuses a file over MAX_UPLOAD_MB that reached a hook (413), naming what it is. */
export function refuseOversizedUpload(
  file: { size: number },
  what: { zh: string; en: string },
): void {
  if (file.size <= env.maxUploadBytes) return
  const mb = Math.round(env.maxUploadBytes / 1024 / 1024)
  throw publicError(
    `${what.zh}超过 ${mb} MB 上限 (the ${what.en} is larger than the ${mb} MB limit)`,
    413,
  )
}

/**
 * Looks at the bytes, never the name or the declared type: an SVG, an HTML page renamed .jpg or
 * any non-raster file is refused, and so is an image whose pixel count would need gigabytes to
 * decode (a decompression bomb), judged from its header before any pixel is decoded.
 */
export const rejectUnsafeImages: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  const file = uploadedFile(operation, req)
  if (!file) return args
  refuseOversizedUpload(file, { zh: '照片', en: 'photo' })
  let meta: PhotoHeader
  try {
    meta = await photoHeader(file.data)
  } catch {
    throw publicError(`无法识别的文件：${ACCEPTED_MESSAGE}`, 400)
  }
  if (!meta.format) throw publicError(ACCEPTED_MESSAGE, 400)
  const pixels = meta.width * meta.height
  if (pixels > env.maxImagePixels) {
    const mp = Math.round(env.maxImagePixels / 1_000_000)
    throw publicError(
      `照片像素超过 ${mp} 百万像素上限 (${meta.width}×${meta.height} exceeds the ${mp}-megapixel limit)`,
      400,
    )
  }
  return args
}
