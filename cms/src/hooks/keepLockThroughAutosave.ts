import type {
  CollectionAfterChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
} from 'payload'

import type { Article, Profile } from '@/payload-types'

const LOCKS = 'payload-locked-documents'

type LockToKeep = { collection: string; id: string }

/**
 * Payload removes a document's lock on every save, autosaves included, so with autosave on a story
 * shows as free to everyone two seconds after its editor starts typing and a second person walks
 * in (payloadcms/payload#11604, #14477). Before an autosave by the person holding the lock, note
 * it; `restoreLockAfterAutosave` puts it back once the save is written.
 */
export const noteLockBeforeAutosave =
  <S extends CollectionSlug>(): CollectionBeforeOperationHook<S> =>
  async ({ args, collection, operation, req }) => {
    const id = operation === 'update' && 'id' in args ? args.id : undefined
    if (typeof id !== 'number' && typeof id !== 'string') return args
    req.context.lockToKeep = undefined
    const autosave = 'autosave' in args && args.autosave
    if (!autosave || !req.user || collection.lockDocuments === false) return args
    const { docs } = await req.payload.db.find({
      collection: LOCKS,
      where: {
        and: [
          { 'document.relationTo': { equals: collection.slug } },
          { 'document.value': { equals: id } },
          { 'user.value': { equals: req.user.id } },
        ],
      },
      limit: 1,
      pagination: false,
      req,
    })
    if (docs.length > 0) {
      req.context.lockToKeep = {
        collection: collection.slug,
        id: String(id),
      } satisfies LockToKeep
    }
    return args
  }

/**
 * Puts back the lock an autosave by its holder removed (see `noteLockBeforeAutosave`) — unless the
 * save changed the workflow: a reporter submitting, or the desk returning the story, hands it on,
 * and the lock goes with that save as Payload meant. (With autosave on, the admin never unlocks on
 * leaving, so a kept lock otherwise runs out five minutes after its holder's last edit.)
 */
export const restoreLockAfterAutosave: CollectionAfterChangeHook<Article | Profile> = async ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  const keep = context.lockToKeep as LockToKeep | undefined
  if (!req.user || keep?.collection !== collection.slug || keep.id !== String(doc.id)) return doc
  context.lockToKeep = undefined
  if (doc.workflow !== previousDoc?.workflow) return doc
  await req.payload.db.create({
    collection: LOCKS,
    data: {
      document: { relationTo: collection.slug, value: doc.id },
      globalSlug: null,
      user: { relationTo: req.user.collection, value: req.user.id },
    },
    req,
  })
  return doc
}
