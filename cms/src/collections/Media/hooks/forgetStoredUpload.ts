import type { CollectionAfterChangeHook } from 'payload'

import type { Media } from '@/payload-types'

import { forgetUpload } from '../../../lib/uploadsInProgress'
import { storedUpload } from './uploadedFile'

/**
 * Drops the note of an upload once its document is stored for good. Inside a transaction (a page
 * import) the document is not yet committed here: the note stays until a later start-up finds
 * the upload's document, or removes the files when the transaction died with its process.
 */
export const forgetStoredUpload: CollectionAfterChangeHook<Media> = async (args) => {
  const { doc, req } = args
  const upload = storedUpload(args, doc.filename)
  // Without transactions Payload leaves a promise of `null` here, not nothing.
  if (upload && !(await req.transactionID)) forgetUpload(upload.staticDir, upload.filename)
  return doc
}
