import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

/**
 * The file a create or update brings, if any: the one thing the upload hooks inspect. Other
 * operations, and updates that change only the fields, carry none.
 */
export function uploadedFile(
  operation: string,
  req: PayloadRequest,
): NonNullable<PayloadRequest['file']> | null {
  return (operation === 'create' || operation === 'update') && req.file ? req.file : null
}

/** Where a create or update that brings a file stores it, and under which name; else null. */
export function storedUpload(
  {
    collection,
    operation,
    req,
  }: { collection: SanitizedCollectionConfig; operation: string; req: PayloadRequest },
  filename: unknown,
): { staticDir: string; filename: string } | null {
  const staticDir = collection.upload ? collection.upload.staticDir : undefined
  if (!staticDir || !uploadedFile(operation, req) || typeof filename !== 'string') return null
  return { staticDir, filename }
}
