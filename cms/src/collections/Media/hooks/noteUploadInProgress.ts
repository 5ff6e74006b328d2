import type { CollectionBeforeChangeHook } from 'payload'

import { noteUpload } from '../../../lib/uploadsInProgress'
import { uploadedFile } from './uploadedFile'

/**
 * Notes the files an upload is about to write (Payload writes them right after this hook, before
 * the document), so a process killed in between leaves nothing that start-up cannot clean.
 */
export const noteUploadInProgress: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  req,
}) => {
  const staticDir = collection.upload ? collection.upload.staticDir : undefined
  if (!staticDir || !uploadedFile(operation, req) || typeof data.filename !== 'string') return data
  const sizes = Object.values((data.sizes ?? {}) as Record<string, { filename?: string | null }>)
  noteUpload(staticDir, {
    collection: collection.slug,
    filename: data.filename,
    files: [data.filename, ...sizes.flatMap((size) => (size.filename ? [size.filename] : []))],
  })
  return data
}
