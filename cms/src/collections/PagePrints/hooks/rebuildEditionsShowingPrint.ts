import type { CollectionAfterChangeHook } from 'payload'

import type { PagePrint } from '@/payload-types'

import { requestSiteBuild } from '../../../siteBuild/queue'

/**
 * A page image replaced on a live edition changes what readers see: the editions showing it are
 * recorded as changed. A new upload belongs to no edition yet; attaching it is the edition's save.
 */
export const rebuildEditionsShowingPrint: CollectionAfterChangeHook<PagePrint> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: { and: [{ 'pages.print': { equals: doc.id } }, { _status: { equals: 'published' } }] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const edition of docs) {
    await requestSiteBuild(req, { kind: 'editions', id: edition.id }, `page-prints ${doc.id}`)
  }
  return doc
}
