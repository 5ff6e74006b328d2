import type { CollectionBeforeChangeHook } from 'payload'

import type { Article, Profile, User } from '@/payload-types'

import { paperTime } from '../lib/paperTime'
import {
  activeSignOffs,
  returnForEdit,
  returnToReporter,
  type SignOffRecord,
  STAGES,
  workflowOf,
} from '../lib/reviewStages'
import {
  readReviewRules,
  type ReviewRecordsWrite,
  signOffsOf,
  storyFingerprint,
} from '../lib/signOff'

/** A story as the review rules read and write it: their sign-offs may name a MongoDB signer id. */
type ReviewedStory = Omit<Article | Profile, 'signOffs'> & { signOffs?: SignOffRecord[] | null }

const stamp = (user: unknown, at: string) =>
  `${(user as User | null)?.name ?? '系统'}，${paperTime(at)}`

/**
 * Keeps 三审三校 honest on every write path (admin, REST, GraphQL, Local API, restoring a version):
 * sign-offs and overrides change only through lib/signOff.ts and are never dropped; a change to the
 * text after a sign-off sends the story back to the stage the paper set, with the reason; the
 * workflow past 已交稿 follows the sign-offs; and the time the story entered its state is kept for
 * the desk's queues.
 */
export const keepReviewRecords: CollectionBeforeChangeHook<ReviewedStory> = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const write = context.reviewRecords as ReviewRecordsWrite | undefined
  const ours =
    write && write.collection === collection.slug && String(write.id) === String(originalDoc?.id)
  data.signOffs = (ours && write.signOffs) || originalDoc?.signOffs || []
  data.checkOverrides = (ours && write.checkOverrides) || originalDoc?.checkOverrides || []
  data.returnedReason = originalDoc?.returnedReason ?? null

  const rules = await readReviewRules(req)
  const now = new Date().toISOString()
  let records = signOffsOf(data)
  const active = activeSignOffs(records)
  const requested = data.workflow ?? originalDoc?.workflow ?? 'drafting'
  if (operation === 'update' && active.length) {
    if (requested === 'drafting' && originalDoc?.workflow !== 'drafting') {
      records = returnToReporter(records, { at: now, reason: '退回记者修改' })
      data.returnedReason = `退回记者修改（${stamp(req.user, now)}）`
    } else if (active.at(-1)!.textHash !== storyFingerprint({ ...originalDoc, ...data })) {
      const result = returnForEdit(records, rules, { at: now, reason: '签发后文字有改动' })
      records = result.records
      if (result.returnedTo) {
        data.returnedReason = `签发后文字有改动，退回${STAGES[result.returnedTo].zh}（${stamp(req.user, now)}）`
      }
    }
  }
  if (ours && write.signOffs) data.returnedReason = null
  data.signOffs = records
  data.workflow = workflowOf(records, rules, requested)
  const moved = operation === 'create' || data.workflow !== originalDoc?.workflow
  data.stageEnteredAt = moved ? now : (originalDoc?.stageEnteredAt ?? originalDoc?.updatedAt ?? now)
  return data
}
