import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Payload,
} from 'payload'

import type { Article, Profile } from '@/payload-types'

import { paperTime } from '../lib/paperTime'
import { relationId } from '../lib/relationId'
import type { EditedFrom } from './rememberEditedFrom'

/**
 * Refuses the save of a stale copy: someone else saved the story after the copy being saved was
 * loaded (its `updatedAt`, noted by `rememberEditedFrom`), so writing it would silently undo their
 * edits. The refusal names who and when (409), and what the stale copy held is kept as a version
 * of its own, so neither person's typing is lost. A person's own later saves never refuse them:
 * autosave every two seconds goes on, and so does a second tab of the same person (their choice).
 */
export const refuseStaleSave: CollectionBeforeChangeHook<Article | Profile> = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const from = context.editedFrom as EditedFrom | undefined
  if (
    operation !== 'update' ||
    !req.user ||
    !originalDoc ||
    from?.collection !== collection.slug ||
    from.id !== String(originalDoc.id)
  ) {
    return data
  }
  const savedAt = originalDoc.updatedAt
  const savedBy = relationId(originalDoc.lastEditedBy)
  if (savedBy === req.user.id || Date.parse(savedAt) <= Date.parse(from.base)) return data

  const kept = await keepStaleCopy(req.payload, collection.slug, originalDoc, data, {
    savedAt,
    userId: req.user.id,
  })
  const who = await nameOf(req.payload, savedBy)
  throw new APIError(
    `保存未生效：${who}于${paperTime(savedAt)}修改了这篇稿件，晚于您打开它的时间，直接保存会覆盖对方的修改。` +
      `您这次提交的内容已另存为历史版本（版本号 ${kept}），可在“版本”中查看、对比或恢复。请刷新页面，在最新稿上继续修改。` +
      ` (changed by ${who} at ${savedAt} after your copy was loaded; your copy is kept as version ${kept})`,
    409,
    { savedBy: who, savedAt, keptAsVersion: kept },
    true,
  )
}

async function nameOf(payload: Payload, userId: number | null): Promise<string> {
  if (userId === null) return '系统'
  const user = await payload
    .findByID({ collection: 'users', id: userId, depth: 0, select: { name: true } })
    .catch(() => null)
  return user?.name || `用户 ${userId}`
}

/**
 * Stores the refused copy as a version that is not the story's latest: listed just before the
 * save it lost to (one millisecond earlier, so the newer save stays the latest everywhere), with
 * its author as `lastEditedBy`. Refused autosaves of the same stale form update that one version
 * instead of piling up. Written outside the request's transaction, since the refusal rolls it back.
 */
async function keepStaleCopy(
  payload: Payload,
  collection: CollectionSlug,
  current: Article | Profile,
  submitted: Partial<Article | Profile>,
  { savedAt, userId }: { savedAt: string; userId: number },
): Promise<number | string> {
  const slot = new Date(Date.parse(savedAt) - 1).toISOString()
  const now = new Date().toISOString()
  const { id: parent, ...rest } = { ...current, ...submitted, id: current.id }
  const version = { ...rest, _status: 'draft', lastEditedBy: userId, updatedAt: slot }
  const { docs } = await payload.db.findVersions({
    collection,
    where: {
      and: [
        { parent: { equals: parent } },
        { updatedAt: { equals: slot } },
        { 'version.lastEditedBy': { equals: userId } },
      ],
    },
    limit: 1,
    pagination: false,
  })
  let id = docs[0]?.id
  if (id === undefined) {
    // Payload's adapters make every new version the latest; it is marked otherwise just below.
    const created = await payload.db.createVersion({
      collectionSlug: collection,
      parent,
      versionData: version as never,
      autosave: false,
      createdAt: now,
      updatedAt: slot,
    })
    id = created.id
  }
  await payload.db.updateVersion({
    collection,
    id,
    versionData: {
      autosave: false,
      createdAt: now,
      latest: false,
      parent,
      updatedAt: slot,
      version,
    } as never,
  })
  return id
}
