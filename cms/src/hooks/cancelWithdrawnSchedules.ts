import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, TypeWithID } from 'payload'

import { cancelSchedules, pendingSchedulesWhere } from '../lib/scheduledPublishing'
import { changesWhatReadersSee, type Versioned } from './queueSiteBuild'

/**
 * A story or edition taken back — unpublished, or put in the trash — keeps no schedule that would
 * put it live again behind the editor's back: trashing cancels every pending schedule of it, an
 * unpublish its scheduled publishes (a scheduled unpublish has nothing left to undo, but is harmless).
 * Draft saves beside a live or scheduled document cancel nothing.
 */
export const cancelWithdrawnSchedules: CollectionAfterChangeHook<Versioned> = async (args) => {
  const { collection, doc, operation, previousDoc, req } = args
  if (operation !== 'update') return doc
  if (doc.deletedAt && !previousDoc?.deletedAt) {
    await cancelSchedules(req, pendingSchedulesWhere(collection.slug, doc.id))
  } else if (doc._status !== 'published' && (await changesWhatReadersSee(args))) {
    await cancelSchedules(req, pendingSchedulesWhere(collection.slug, doc.id, 'publish'))
  }
  return doc
}

/** A document deleted for good takes its pending schedules with it. */
export const cancelDeletedSchedules: CollectionAfterDeleteHook<TypeWithID> = async ({
  collection,
  doc,
  req,
}) => {
  await cancelSchedules(req, pendingSchedulesWhere(collection.slug, doc.id))
  return doc
}
