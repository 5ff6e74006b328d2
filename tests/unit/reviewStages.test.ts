import { describe, expect, it } from 'vitest'

import {
  DEFAULT_REVIEW_RULES,
  isSignedOffForPublishing,
  nextStage,
  returnForEdit,
  type ReviewRules,
  type SignOffRecord,
  type Stage,
  signOffRefusal,
  workflowOf,
} from '@/lib/reviewStages'

const desk = { id: 1, role: 'desk' as const }
const section = { id: 2, role: 'section' as const }
const chief = { id: 3, role: 'chief' as const }

const signed = (
  stage: Stage,
  signer: number,
  extra: Partial<SignOffRecord> = {},
): SignOffRecord => ({
  stage,
  signer,
  signedAt: '2026-12-01T00:00:00.000Z',
  textHash: 'h1',
  ...extra,
})

const refusal = (
  records: SignOffRecord[],
  stage: Stage,
  signer: typeof desk | typeof section | typeof chief,
  rules: ReviewRules = DEFAULT_REVIEW_RULES,
) => signOffRefusal({ workflow: 'submitted', records, stage, signer, rules })

describe('the review stages', () => {
  it('run 初审, 复审, 终审 in order, each by its role, and then the story is ready', () => {
    expect(refusal([], 'first', desk)).toBeNull()
    const one = [signed('first', 1)]
    expect(workflowOf(one, DEFAULT_REVIEW_RULES, 'submitted')).toBe('firstReviewed')
    expect(refusal(one, 'second', section)).toBeNull()
    const two = [...one, signed('second', 2)]
    expect(workflowOf(two, DEFAULT_REVIEW_RULES, 'submitted')).toBe('secondReviewed')
    expect(refusal(two, 'final', chief)).toBeNull()
    const three = [...two, signed('final', 3)]
    expect(nextStage(three, DEFAULT_REVIEW_RULES)).toBeNull()
    expect(workflowOf(three, DEFAULT_REVIEW_RULES, 'drafting')).toBe('approved')
    expect(isSignedOffForPublishing(three, 'h1')).toBe(true)
    expect(isSignedOffForPublishing(three, 'h2')).toBe(false)
  })

  it('refuses the wrong role (403), a stage out of order (409) and an unsubmitted story (409)', () => {
    expect(refusal([], 'first', section)).toMatchObject({ status: 403 })
    expect(refusal([], 'second', section)).toMatchObject({ status: 409, message: /待初审/ })
    expect(
      signOffRefusal({
        workflow: 'drafting',
        records: [],
        stage: 'first',
        signer: desk,
        rules: DEFAULT_REVIEW_RULES,
      }),
    ).toMatchObject({ status: 409, message: /尚未交稿/ })
  })

  it('refuses one person two stages, unless the settings let them sign 复审 and 终审', () => {
    const both: ReviewRules = { ...DEFAULT_REVIEW_RULES, secondRoles: ['section', 'chief'] }
    const records = [signed('first', 1), signed('second', 3)]
    expect(refusal(records, 'final', chief, both)).toMatchObject({
      status: 403,
      message: /同一人不能签同一稿件的两个审次：您已签复审/,
    })
    expect(refusal(records, 'final', chief, { ...both, sameSignerSecondAndFinal: true })).toBeNull()
    // The permission is for 复审 and 终审 only: 初审 and 复审 stay apart.
    const firstAndSecond: ReviewRules = {
      ...DEFAULT_REVIEW_RULES,
      secondRoles: ['desk'],
      sameSignerSecondAndFinal: true,
    }
    expect(refusal([signed('first', 1)], 'second', desk, firstAndSecond)).toMatchObject({
      status: 403,
    })
  })

  it('runs two stages when the paper says so: 初审 then 终审', () => {
    const two: ReviewRules = { ...DEFAULT_REVIEW_RULES, stageCount: 'two' }
    expect(refusal([signed('first', 1)], 'second', section, two)).toMatchObject({ status: 409 })
    expect(refusal([signed('first', 1)], 'final', chief, two)).toBeNull()
    expect(workflowOf([signed('first', 1)], two, 'submitted')).toBe('firstReviewed')
  })

  it('sends an edited story back to the configured stage, keeping the old sign-offs marked', () => {
    const records = [signed('first', 1), signed('second', 2), signed('final', 3)]
    const at = '2026-12-02T00:00:00.000Z'
    const back = returnForEdit(records, DEFAULT_REVIEW_RULES, { at, reason: '改了' })
    expect(back.returnedTo).toBe('second')
    expect(back.records).toHaveLength(3)
    expect(back.records.map((r) => r.supersededAt ?? null)).toEqual([null, at, at])
    expect(nextStage(back.records, DEFAULT_REVIEW_RULES)).toBe('second')
    const toFirst = returnForEdit(
      records,
      { ...DEFAULT_REVIEW_RULES, returnStage: 'first' },
      {
        at,
        reason: '改了',
      },
    )
    expect(nextStage(toFirst.records, DEFAULT_REVIEW_RULES)).toBe('first')
    // Nothing signed from the return stage on: nothing to undo.
    expect(
      returnForEdit([signed('first', 1)], DEFAULT_REVIEW_RULES, { at, reason: '' }),
    ).toMatchObject({
      returnedTo: null,
    })
  })
})
