import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { relationId } from '../lib/relationId'

/** The copy a save was made from: the `updatedAt` the client loaded, for one document. */
export type EditedFrom = { collection: string; id: string; base: string }

/**
 * Notes which copy an update by id was made from — the `updatedAt` the admin's form (and any API
 * client that wants the check) sends back — for `refuseStaleSave`, which runs after the access
 * rules. And keeps each person's typing in a version of their own: Payload's autosave overwrites
 * the latest version in place when it was an autosave, even another person's, so an autosave over
 * someone else's version starts a new one instead.
 */
export const rememberEditedFrom =
  <S extends CollectionSlug>(): CollectionBeforeOperationHook<S> =>
  async ({ args, collection, operation, req }) => {
    const id = operation === 'update' && 'id' in args ? args.id : undefined
    if (typeof id !== 'number' && typeof id !== 'string') return args
    const base: unknown =
      'data' in args ? (args.data as { updatedAt?: unknown })?.updatedAt : undefined
    // Reset on every update by id: a request's context outlives the save it was set for.
    req.context.editedFrom =
      req.user && typeof base === 'string' && !Number.isNaN(Date.parse(base))
        ? ({ collection: collection.slug, id: String(id), base } satisfies EditedFrom)
        : undefined
    if (!('autosave' in args && args.autosave) || !req.user) return args
    const { docs } = await req.payload.db.findVersions({
      collection: collection.slug,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      // Who saved it is all this needs; the whole version (body, bylines, regions) is read again by
      // the update itself.
      select: { version: { lastEditedBy: true } },
      req,
    })
    const latestBy = relationId(
      (docs[0]?.version as { lastEditedBy?: number | null })?.lastEditedBy,
    )
    return latestBy === req.user.id ? args : { ...args, autosave: false }
  }
