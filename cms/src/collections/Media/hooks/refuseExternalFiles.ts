import { publicError } from '../../../security/publicError'

export const UPLOAD_REQUIRED_MESSAGE =
  '请直接上传照片文件，不支持从网址获取 (upload the photo file itself; fetching it from a URL is not supported)'

/**
 * Used as the upload's `externalFileHeaderFilter`, which Payload calls just before it fetches a
 * file from a URL — and which therefore can stop every such fetch. `pasteURL: false` closes only
 * the admin's paste field: a create through REST or GraphQL that names a `url` and `filename`
 * instead of sending a file still makes the server request that URL (any public address), and
 * the file it gets skips our upload hooks, which see only uploaded files (SVG refusal, GPS
 * stripping, the pixel limit). Copies of stored photos (duplicates, re-crops) read the local
 * file and never get here.
 */
export function refuseExternalFiles(): never {
  throw publicError(UPLOAD_REQUIRED_MESSAGE, 400)
}
