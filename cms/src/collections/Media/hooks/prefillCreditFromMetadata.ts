import type { CollectionBeforeChangeHook } from 'payload'

/**
 * When the uploader named no credit, the photographer written into the file (EXIF/IPTC/XMP) is
 * used: linked to the contributor of that name if there is one, otherwise as a credit line.
 */
export const prefillCreditFromMetadata: CollectionBeforeChangeHook = async ({ data, req }) => {
  const creator = req.context.photoCreator
  if (typeof creator !== 'string' || data.photographer || data.creditText) return data
  const { docs } = await req.payload.find({
    collection: 'contributors',
    where: { name: { equals: creator } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) data.photographer = docs[0].id
  else data.creditText = creator
  return data
}
