import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  TypeWithID,
} from 'payload'

import { requestSiteBuild, type ChangeKind } from '../siteBuild/queue'

export type Versioned = {
  id: number | string
  _status?: 'draft' | 'published' | null
  deletedAt?: string | null
  updatedAt?: string
}

/**
 * Stories and editions: a build when what readers see changes — a publish, an unpublish, an edit or
 * trashing of a published document, a scheduled publish — and not for a draft save. Seeds, imports
 * and tests pass `context.skipSiteBuild`: the change is recorded for the next build, none is queued.
 */
export const queueSiteBuildForVersioned: CollectionAfterChangeHook<Versioned> = async (args) => {
  const { collection, doc, req } = args
  if (await changesWhatReadersSee(args)) {
    await requestSiteBuild(
      req,
      { kind: collection.slug as ChangeKind, id: doc.id },
      `${collection.slug} ${doc.id}`,
    )
  }
  return doc
}

/**
 * Whether a save of a story or edition changes what readers see: a publish, an unpublish, an edit
 * or trashing of a published document — not a draft saved beside it. `previousDoc` is the latest
 * version, which may be a draft while the live document is published, so the live document is read
 * when the save leaves the story unpublished.
 */
export async function changesWhatReadersSee({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}: Parameters<CollectionAfterChangeHook<Versioned>>[0]): Promise<boolean> {
  if (doc._status === 'published') return true
  if (operation === 'create') return false
  const main = await req.payload.findByID({
    collection: collection.slug as 'articles',
    id: doc.id,
    select: { _status: true, updatedAt: true },
    depth: 0,
    overrideAccess: true,
    trash: true,
    req,
  })
  // A draft saved over a published document leaves the published version live.
  if (main._status === 'published') return false
  // Unpublished by this save: the document was live before, or was written now (an unpublish of a
  // story whose latest version was a draft); a draft save alone never writes the document itself.
  return previousDoc?._status === 'published' || main.updatedAt === doc.updatedAt
}

export const queueSiteBuild: CollectionAfterChangeHook<TypeWithID> = async ({
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
export const queueSiteBuildAfterGlobalChange = (async ({
  global,
  doc,
  req,
}: Pick<Parameters<GlobalAfterChangeHook>[0], 'global' | 'req'> & { doc: unknown }) => {
  await requestSiteBuild(req, { kind: 'all' }, `${global.slug} changed`)
  return doc
}) satisfies GlobalAfterChangeHook
