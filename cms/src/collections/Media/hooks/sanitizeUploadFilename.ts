import type { CollectionBeforeOperationHook } from 'payload'

import { PHOTO_FORMATS, photoHeader } from './photoHeader'
import { uploadedFile } from './uploadedFile'

/**
 * Filesystems allow 255 bytes a name; a Chinese character takes three. The limits leave room for
 * Payload's `-12` and size suffixes (`-1600x1067`).
 */
export const MAX_STEM_CHARACTERS = 100
const MAX_STEM_BYTES = 150

/** The longest run of whole characters within both limits. */
function truncate(stem: string): string {
  let kept = ''
  for (const character of Array.from(stem).slice(0, MAX_STEM_CHARACTERS)) {
    if (Buffer.byteLength(kept + character) > MAX_STEM_BYTES) break
    kept += character
  }
  return kept
}

/**
 * A name safe to keep on disk and show in the admin, whatever the uploader's computer sent:
 * - only the last path component, whether separated by `/` or `\` (`../../x.jpg` → `x.jpg`);
 * - no control characters (NUL included) and no bidirectional overrides, which make
 *   `photo\u202Egpj.exe` display as `photoexe.jpg`;
 * - letters (Chinese included), their marks and digits kept, any other run of characters becomes
 *   one `-`, and no leading dots or dashes, so nothing is hidden or read as an option;
 * - at most 100 characters (150 bytes) before the extension, which is the detected format's.
 */
export function safeUploadName(original: string, ext: string): string {
  const lastComponent = original.split(/[/\\]/).pop() ?? ''
  const withoutExtension = lastComponent.replace(/\.[^.]*$/, '')
  const stem = withoutExtension
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}_]+/gu, '-')
    .replace(/^[-_]+/, '')
  const short = truncate(stem).replace(/[-_]+$/, '')
  return `${short || 'photo'}.${ext}`
}

/**
 * Names the uploaded file safely before Payload stores it; Payload then adds `-1`, `-2`… when the
 * name is taken, so an upload never replaces another photo's file. Runs after `rejectUnsafeImages`,
 * so the bytes are one of the accepted formats, and the extension and type follow them rather than
 * what the uploader claimed.
 */
export const sanitizeUploadFilename: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  const file = uploadedFile(operation, req)
  if (!file) return args
  const { format } = await photoHeader(file.data)
  if (!format) return args
  const detected = PHOTO_FORMATS[format]
  file.name = safeUploadName(file.name, detected.ext)
  file.mimetype = detected.mimetype
  return args
}
