import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { requestSiteBuild, type ChangeKind } from '../siteBuild/queue'

type Versioned = {
  id: number | string
  _status?: 'draft' | 'published' | null
  deletedAt?: string | null
}

/**
 * Stories and editions: a build when what readers see changes — a publish, an unpublish, an edit or
 * trashing of a published document, a scheduled publish — and not for a draft save. Seeds, imports
 * and tests pass `context.skipSiteBuild`: the change is recorded for the next build, none is queued.
 */
export const queueSiteBuildForVersioned: CollectionAfterChangeHook<Versioned> = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const wasLive = previousDoc?._status === 'published'
  const isLive = doc._status === 'published'
  if (!wasLive && !isLive) return doc
  if (wasLive && !isLive) {
    // A draft saved over a published document leaves the published version live: nothing to build.
    const main = await req.payload.findByID({
      collection: collection.slug as 'articles',
      id: doc.id,
      depth: 0,
      overrideAccess: true,
      trash: true,
      req,
    })
    if (main._status === 'published') return doc
  }
  await requestSiteBuild(
    req,
    { kind: collection.slug as ChangeKind, id: doc.id },
    `${collection.slug} ${doc.id}`,
  )
  return doc
}

/**
 * Contributors, regions, columns and photos appear on published pages: a change rebuilds. A new one
 * is on no published page yet (the story that uses it will ask for its own build when it goes live).
 */
export const queueSiteBuild: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation === 'update') {
    await requestSiteBuild(
      req,
      { kind: collection.slug as ChangeKind, id: doc.id },
      `${collection.slug} ${doc.id}`,
    )
  }
  return doc
}

export const queueSiteBuildAfterDelete: CollectionAfterDeleteHook<Versioned> = async ({
  collection,
  doc,
  req,
}) => {
  if (doc._status === undefined || doc._status === 'published') {
    await requestSiteBuild(
      req,
      { kind: collection.slug as ChangeKind, id: doc.id },
      `${collection.slug} ${doc.id} deleted`,
    )
  }
  return doc
}

/** The paper's settings name it on every page: a change rebuilds the whole site. */
export const queueSiteBuildAfterGlobalChange: GlobalAfterChangeHook = async ({
  global,
  doc,
  req,
}) => {
  await requestSiteBuild(req, { kind: 'all' }, `${global.slug} changed`)
  return doc
}
