import type { CollectionAfterChangeHook } from 'payload'

import { forgetUpload } from '../../../lib/uploadsInProgress'
import { uploadedFile } from './uploadedFile'

/**
 * Drops the note of an upload once its document is stored for good. Inside a transaction (a page
 * import) the document is not yet committed here: the note stays until a later start-up finds
 * the upload's document, or removes the files when the transaction died with its process.
 */
export const forgetStoredUpload: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const staticDir = collection.upload ? collection.upload.staticDir : undefined
  if (!staticDir || !uploadedFile(operation, req) || typeof doc.filename !== 'string') return doc
  // Without transactions Payload leaves a promise of `null` here, not nothing.
  if (!(await req.transactionID)) forgetUpload(staticDir, doc.filename)
  return doc
}
