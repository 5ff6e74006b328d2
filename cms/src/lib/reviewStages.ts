import type { Article, User } from '@/payload-types'

import { relationId } from './relationId'

/** The sign-off stages of 三审三校, in order. */
export type Stage = 'first' | 'second' | 'final'
export type Workflow = Article['workflow']
type Role = User['role']

export const STAGES: Record<Stage, { zh: string; en: string; signed: Workflow }> = {
  first: { zh: '初审', en: 'First review', signed: 'firstReviewed' },
  second: { zh: '复审', en: 'Second review', signed: 'secondReviewed' },
  final: { zh: '终审', en: 'Final review', signed: 'approved' },
}

export const STAGE_ORDER: Stage[] = ['first', 'second', 'final']

/** The paper's review rules, as 审校设置 stores them (globals/ReviewSettings.ts). */
export interface ReviewRules {
  stageCount: 'two' | 'three'
  firstRoles: Role[]
  secondRoles: Role[]
  finalRoles: Role[]
  /** A small paper's explicit choice: one person may sign both 复审 and 终审. */
  sameSignerSecondAndFinal: boolean
  /** Where a story goes when its text changes after a sign-off. */
  returnStage: Stage
}

export const DEFAULT_REVIEW_RULES: ReviewRules = {
  stageCount: 'three',
  firstRoles: ['desk'],
  secondRoles: ['section'],
  finalRoles: ['chief'],
  sameSignerSecondAndFinal: false,
  returnStage: 'second',
}

/** One sign-off as stored on the story; superseded ones stay, marked, and never count again. */
export interface SignOffRecord {
  stage: Stage
  signer: number | string | { id: number | string; name?: string | null } | null
  signedAt: string
  textHash: string
  version?: string | null
  note?: string | null
  sameSignerAllowed?: boolean | null
  supersededAt?: string | null
  supersededReason?: string | null
}

/** The stages this paper runs: 初审 and 终审 always, 复审 with three stages. */
export const stagesOf = (rules: ReviewRules): Stage[] =>
  rules.stageCount === 'two' ? ['first', 'final'] : STAGE_ORDER

export const rolesFor = (rules: ReviewRules, stage: Stage): Role[] =>
  ({ first: rules.firstRoles, second: rules.secondRoles, final: rules.finalRoles })[stage]

export const activeSignOffs = (records: SignOffRecord[]): SignOffRecord[] =>
  records.filter((r) => !r.supersededAt)

/** The stage waiting for a signature, or null once the final review is signed. */
export function nextStage(records: SignOffRecord[], rules: ReviewRules): Stage | null {
  const signed = new Set(activeSignOffs(records).map((r) => r.stage))
  if (signed.has('final')) return null
  return stagesOf(rules).find((stage) => !signed.has(stage)) ?? null
}

/**
 * The workflow a story is in. Past 已交稿 it follows the sign-offs alone, so nobody can set
 * 终审已签 by hand; before any sign-off the reporter's or desk's choice stands.
 */
export function workflowOf(
  records: SignOffRecord[],
  rules: ReviewRules,
  requested: Workflow,
): Workflow {
  const active = activeSignOffs(records)
  if (active.length === 0) return requested === 'drafting' ? 'drafting' : 'submitted'
  const next = nextStage(records, rules)
  if (next === null) return 'approved'
  const stages = stagesOf(rules)
  return STAGES[stages[stages.indexOf(next) - 1]].signed
}

export interface Refusal {
  status: 403 | 409
  message: string
}

/**
 * Why `signer` may not sign `stage` of a story now, or null when they may. 403 for who the signer
 * is (role, a second stage of the same story); 409 for where the story is.
 */
export function signOffRefusal({
  workflow,
  records,
  stage,
  signer,
  rules,
}: {
  workflow: Workflow
  records: SignOffRecord[]
  stage: Stage
  signer: Pick<User, 'id' | 'role'>
  rules: ReviewRules
}): Refusal | null {
  const label = STAGES[stage].zh
  if (!stagesOf(rules).includes(stage)) {
    return {
      status: 409,
      message: `本报审校设置只有两审，没有${label} (this paper runs no ${stage} stage)`,
    }
  }
  if (!rolesFor(rules, stage).includes(signer.role)) {
    return {
      status: 403,
      message: `您的角色不能签${label} (your role may not sign the ${stage} stage)`,
    }
  }
  if (workflow === 'drafting') {
    return { status: 409, message: '稿件尚未交稿，不能签发 (the story has not been submitted)' }
  }
  const next = nextStage(records, rules)
  if (next !== stage) {
    const where = next ? `待${STAGES[next].zh}` : '已终审'
    return {
      status: 409,
      message: `该稿件当前${where}，不能签${label} (the story is waiting for ${next ?? 'nothing'}, not ${stage})`,
    }
  }
  const own = records.filter((r) => relationId(r.signer) === signer.id && r.stage !== stage)
  const allowed = own.every((r) => isAllowedSecondSigner(r, stage, rules))
  if (!allowed) {
    const signed = [...new Set(own.map((r) => STAGES[r.stage].zh))].join('、')
    return {
      status: 403,
      message: `同一人不能签同一稿件的两个审次：您已签${signed} (one person may not sign two stages of the same story)`,
    }
  }
  return null
}

/** A 复审 by the person now signing 终审, on a paper whose settings explicitly allow it. */
const isAllowedSecondSigner = (record: SignOffRecord, stage: Stage, rules: ReviewRules) =>
  rules.sameSignerSecondAndFinal &&
  rules.stageCount === 'three' &&
  stage === 'final' &&
  record.stage === 'second' &&
  !record.supersededAt

/** Whether a 终审 by this signer is one the settings allowed after their own 复审 (recorded so). */
export const signsSecondAndFinal = (
  records: SignOffRecord[],
  stage: Stage,
  signerId: number | string,
  rules: ReviewRules,
): boolean =>
  records.some((r) => relationId(r.signer) === signerId && isAllowedSecondSigner(r, stage, rules))

/**
 * The records after the text changed: active sign-offs from the paper's return stage on are
 * marked superseded (kept, never removed). `returnedTo` is null when nothing had to be undone.
 */
export function returnForEdit(
  records: SignOffRecord[],
  rules: ReviewRules,
  { at, reason }: { at: string; reason: string },
): { records: SignOffRecord[]; returnedTo: Stage | null } {
  const stages = stagesOf(rules)
  // With two stages a return to 复审 means the stage after 初审: 终审.
  const from = stages.includes(rules.returnStage) ? rules.returnStage : 'final'
  const rank = STAGE_ORDER.indexOf(from)
  let returnedTo: Stage | null = null
  const next = records.map((r) => {
    if (r.supersededAt || STAGE_ORDER.indexOf(r.stage) < rank) return r
    returnedTo = from
    return { ...r, supersededAt: at, supersededReason: reason }
  })
  return { records: next, returnedTo }
}

/** Every active sign-off marked superseded: the story went back to its reporter. */
export const returnToReporter = (
  records: SignOffRecord[],
  { at, reason }: { at: string; reason: string },
): SignOffRecord[] =>
  records.map((r) => (r.supersededAt ? r : { ...r, supersededAt: at, supersededReason: reason }))

/** True when the final review is signed, still in force, and was given for exactly this text. */
export const isSignedOffForPublishing = (records: SignOffRecord[], textHash: string): boolean =>
  activeSignOffs(records).some((r) => r.stage === 'final' && r.textHash === textHash)
