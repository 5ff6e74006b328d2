import type { CollectionBeforeChangeHook } from 'payload'

import { noteUpload } from '../../../lib/uploadsInProgress'
import { storedUpload } from './uploadedFile'

/**
 * Notes the files an upload is about to write (Payload writes them right after this hook, before
 * the document), so a process killed in between leaves nothing that start-up cannot clean.
 */
export const noteUploadInProgress: CollectionBeforeChangeHook = (args) => {
  const { collection, data } = args
  const upload = storedUpload(args, data.filename)
  if (!upload) return data
  const sizes = Object.values((data.sizes ?? {}) as Record<string, { filename?: string | null }>)
  noteUpload(upload.staticDir, {
    collection: collection.slug,
    filename: upload.filename,
    files: [upload.filename, ...sizes.flatMap((size) => (size.filename ? [size.filename] : []))],
  })
  return data
}
