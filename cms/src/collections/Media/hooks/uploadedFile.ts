import type { PayloadRequest } from 'payload'

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
