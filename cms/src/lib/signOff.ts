import { APIError, isolateObjectProperty, NotFound, type PayloadRequest } from 'payload'

import type { Article, Profile, User } from '@/payload-types'

import { isStaffUser } from '../access/checkRole'
import {
  type CheckHit,
  findHits,
  storyTextSegments,
  textFingerprint,
  unresolvedHits,
} from './proofread'
import { relationId } from './relationId'
import {
  DEFAULT_REVIEW_RULES,
  isSignedOffForPublishing,
  nextStage,
  type ReviewRules,
  rolesFor,
  type SignOffRecord,
  type Stage,
  STAGES,
  signOffRefusal,
  signsSecondAndFinal,
  stagesOf,
} from './reviewStages'
import { photoIdsOf } from './storyPhotos'
import type { StoryCollection } from './storyOwnership'

type Story = Article | Profile
type Override = NonNullable<Story['checkOverrides']>[number]

/** A refusal the reviewer is shown as it is (403 who, 409 where the story stands). */
export class ReviewRefusal extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data ?? null, true)
  }
}

/**
 * What `context.reviewRecords` carries into a save: the only way sign-offs and overrides change
 * (hooks/keepReviewRecords.ts restores them on every other write). Tied to one document, since a
 * request's context outlives the save it was given for.
 */
export interface ReviewRecordsWrite {
  collection: StoryCollection
  id: number | string
  signOffs?: SignOffRecord[]
  checkOverrides?: Override[]
}

/** The paper's 审校设置, with the standard three stages for anything never set. */
export async function readReviewRules(req: PayloadRequest): Promise<ReviewRules> {
  const stored = await req.payload.findGlobal({
    slug: 'review-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const pick = <K extends keyof ReviewRules>(key: K): ReviewRules[K] => {
    const value = stored?.[key] as ReviewRules[K] | null | undefined
    const empty = value === null || value === undefined || (Array.isArray(value) && !value.length)
    return empty ? DEFAULT_REVIEW_RULES[key] : value
  }
  return {
    stageCount: pick('stageCount'),
    firstRoles: pick('firstRoles'),
    secondRoles: pick('secondRoles'),
    finalRoles: pick('finalRoles'),
    sameSignerSecondAndFinal: pick('sameSignerSecondAndFinal'),
    returnStage: pick('returnStage'),
  }
}

/** A story's sign-offs in the shape the stage rules read. */
export const signOffsOf = (story: { signOffs?: SignOffRecord[] | null }): SignOffRecord[] =>
  story.signOffs ?? []

/** The fingerprint of a story's own text (captions of shared photos excluded). */
export const storyFingerprint = (story: Parameters<typeof storyTextSegments>[0]): string =>
  textFingerprint(storyTextSegments(story, new Map()))

/** True when the story, as it would be saved, carries a 终审 for exactly its text. */
export const isReadyToPublish = (
  story: Parameters<typeof storyTextSegments>[0] & Pick<Story, 'signOffs'>,
) => isSignedOffForPublishing(signOffsOf(story), storyFingerprint(story))

export const PUBLISH_REFUSED =
  '未经终审签发（或终审后文字有改动），不能发布或定时发布 (publishing needs the final review sign-off of this text)'

async function loadStory(req: PayloadRequest, collection: StoryCollection, id: number | string) {
  const story = await req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!story) throw new NotFound(req.t)
  return story as Story
}

/** The story's text with its photos' captions, and every hit of the newsroom's term list. */
async function checkStory(req: PayloadRequest, story: Story): Promise<CheckHit[]> {
  const ids = photoIdsOf(story)
  const [media, terms] = await Promise.all([
    ids.length
      ? req.payload.find({
          collection: 'media',
          where: { id: { in: ids } },
          select: { caption: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      : null,
    req.payload.find({
      collection: 'proofreading-terms',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const captions = new Map((media?.docs ?? []).map((m) => [String(m.id), m.caption ?? '']))
  return findHits(storyTextSegments(story, captions), terms.docs)
}

/** Where a story stands in review, for the admin panel and as every review action's answer. */
export interface ReviewState {
  id: number | string
  collection: StoryCollection
  workflow: Story['workflow']
  stages: { stage: Stage; label: string; roles: User['role'][] }[]
  nextStage: Stage | null
  /** Why the current user may not sign the next stage, or null when they may. */
  refusal: { status: number; message: string } | null
  /** Whether the current user may keep banned terms (the final stage's roles). */
  mayOverride: boolean
  readyToPublish: boolean
  hits: CheckHit[]
  unresolved: number
  overrides: { term: string; reason: string; by: string; at: string }[]
  signOffs: {
    stage: Stage
    label: string
    signer: string
    signedAt: string
    version: string | null
    note: string | null
    sameSignerAllowed: boolean
    supersededAt: string | null
    supersededReason: string | null
  }[]
  returnedReason: string | null
}

async function stateOf(
  req: PayloadRequest,
  collection: StoryCollection,
  story: Story,
  rules: ReviewRules,
): Promise<ReviewState> {
  const user = req.user as User
  const records = signOffsOf(story)
  const overrides = story.checkOverrides ?? []
  const hits = await checkStory(req, story)
  const next = nextStage(records, rules)
  const people = [...records.map((r) => r.signer), ...overrides.map((o) => o.by)]
  const ids = [...new Set(people.map((p) => relationId(p)).filter((p) => p !== null))]
  const { docs: users } = ids.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        select: { name: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const nameOf = (ref: unknown) =>
    users.find((u) => u.id === relationId(ref as number))?.name ?? String(relationId(ref as number))
  const refusal = next
    ? signOffRefusal({ workflow: story.workflow, records, stage: next, signer: user, rules })
    : { status: 409, message: '终审已签，可以发布 (the final review is signed)' }
  return {
    id: story.id,
    collection,
    workflow: story.workflow,
    stages: stagesOf(rules).map((stage) => ({
      stage,
      label: STAGES[stage].zh,
      roles: rolesFor(rules, stage),
    })),
    nextStage: next,
    refusal,
    mayOverride: rolesFor(rules, 'final').includes(user.role),
    readyToPublish: isReadyToPublish(story),
    hits,
    unresolved: unresolvedHits(
      hits,
      overrides.map((o) => o.term),
    ).length,
    overrides: overrides.map((o) => ({
      term: o.term,
      reason: o.reason,
      by: nameOf(o.by),
      at: o.at,
    })),
    signOffs: records.map((r) => ({
      stage: r.stage,
      label: STAGES[r.stage].zh,
      signer: nameOf(r.signer),
      signedAt: r.signedAt,
      version: r.version ?? null,
      note: r.note ?? null,
      sameSignerAllowed: Boolean(r.sameSignerAllowed),
      supersededAt: r.supersededAt ?? null,
      supersededReason: r.supersededReason ?? null,
    })),
    returnedReason: story.returnedReason ?? null,
  }
}

function requireStaff(req: PayloadRequest): asserts req is PayloadRequest & { user: User } {
  if (!req.user) throw new ReviewRefusal('请先登录 (log in first)', 401)
  if (!isStaffUser(req.user)) throw new ReviewRefusal('无权审校 (not a newsroom account)', 403)
}

/** The review state of a story, as the logged-in newsroom member sees it. */
export async function reviewStateOf(
  req: PayloadRequest,
  collection: StoryCollection,
  id: number | string,
): Promise<ReviewState> {
  requireStaff(req)
  const story = await loadStory(req, collection, id)
  const user = req.user
  if (user.role === 'reporter' && relationId(story.createdBy) !== user.id) throw new NotFound(req.t)
  return stateOf(req, collection, story, await readReviewRules(req))
}

/**
 * The same request — and so the same transaction — acting as another user: how the seed and the
 * benchmark sign as their demo reviewers through the one sign-off path.
 */
export function actingAs(req: PayloadRequest, user: User): PayloadRequest {
  const acting = isolateObjectProperty(req, 'user')
  acting.user = { ...user, collection: 'users' }
  return acting
}

/** Saves new review records on the story's latest version, through every hook like any edit. */
async function writeRecords(req: PayloadRequest, write: ReviewRecordsWrite): Promise<Story> {
  // The records travel in this save's context only; the caller's request keeps its own.
  const saving = isolateObjectProperty(req, 'context')
  saving.context = { ...req.context }
  return await req.payload.update({
    collection: write.collection,
    id: write.id,
    data: {},
    draft: true,
    depth: 0,
    overrideAccess: true,
    req: saving,
    context: { reviewRecords: write },
  })
}

/**
 * Signs one stage of a story as the logged-in user: the stage must be the next one, the user's
 * role must sign it, they must not have signed another stage of it (unless the settings let one
 * person sign 复审 and 终审, which is recorded), and the check must have no banned term left.
 * The REST endpoint, the GraphQL mutation, the admin panel, the seed and the benchmark all sign here.
 */
export async function signOffStory(
  req: PayloadRequest,
  {
    collection,
    id,
    stage,
    note,
  }: { collection: StoryCollection; id: number | string; stage: Stage; note?: string | null },
): Promise<ReviewState> {
  requireStaff(req)
  if (!(stage in STAGES)) {
    throw new ReviewRefusal(
      '审次须为 first、second 或 final (stage must be first, second or final)',
      400,
    )
  }
  const user = req.user
  const rules = await readReviewRules(req)
  const story = await loadStory(req, collection, id)
  const records = signOffsOf(story)
  const refusal = signOffRefusal({ workflow: story.workflow, records, stage, signer: user, rules })
  if (refusal) throw new ReviewRefusal(refusal.message, refusal.status)
  const hits = await checkStory(req, story)
  const unresolved = unresolvedHits(
    hits,
    (story.checkOverrides ?? []).map((o) => o.term),
  )
  if (unresolved.length) {
    const terms = [...new Set(unresolved.map((h) => h.term))].join('、')
    throw new ReviewRefusal(
      `校对发现禁用词未处理：${terms}。请替换，或由终审说明理由后保留 (banned terms remain: replace them, or the final reviewer keeps them with a reason)`,
      409,
      { hits: unresolved },
    )
  }
  const { docs: versions } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: story.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const signed: SignOffRecord = {
    stage,
    signer: user.id,
    signedAt: new Date().toISOString(),
    textHash: storyFingerprint(story),
    version: versions[0] ? String(versions[0].id) : null,
    note: note?.trim() || null,
    sameSignerAllowed: signsSecondAndFinal(records, stage, user.id, rules),
  }
  const saved = await writeRecords(req, {
    collection,
    id: story.id,
    signOffs: [...records, signed],
  })
  return stateOf(req, collection, saved, rules)
}

/**
 * The final reviewer keeps a banned term the check found, with a reason; the decision is recorded
 * on the story and lets every stage sign past that term.
 */
export async function keepBannedTerm(
  req: PayloadRequest,
  {
    collection,
    id,
    term,
    reason,
  }: { collection: StoryCollection; id: number | string; term: string; reason: string },
): Promise<ReviewState> {
  requireStaff(req)
  const user = req.user
  const rules = await readReviewRules(req)
  if (!rolesFor(rules, 'final').includes(user.role)) {
    throw new ReviewRefusal(
      '只有终审可以保留禁用词 (only the final reviewer may keep a banned term)',
      403,
    )
  }
  if (!reason?.trim()) {
    throw new ReviewRefusal('保留禁用词须说明理由 (give a reason for keeping the term)', 400)
  }
  const story = await loadStory(req, collection, id)
  const hits = await checkStory(req, story)
  if (!hits.some((h) => h.level === 'banned' && h.term === term)) {
    throw new ReviewRefusal(
      `稿件中没有需要保留的禁用词“${term}” (the check found no such banned term)`,
      409,
    )
  }
  const saved = await writeRecords(req, {
    collection,
    id: story.id,
    checkOverrides: [
      ...(story.checkOverrides ?? []),
      { term, reason: reason.trim(), by: user.id, at: new Date().toISOString() },
    ],
  })
  return stateOf(req, collection, saved, rules)
}

/** Null when the story's latest version may be published or scheduled now, else why not. */
export async function publishRefusal(
  req: PayloadRequest,
  collection: StoryCollection,
  id: number | string,
): Promise<string | null> {
  const story = await loadStory(req, collection, id)
  return isReadyToPublish(story) ? null : PUBLISH_REFUSED
}
