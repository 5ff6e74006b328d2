import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { isDeskUser } from '../access/checkRole'
import { type Stage, STAGES, signOffRefusal, stagesOf, type Workflow } from './reviewStages'
import { readReviewRules } from './signOff'

const PER_QUEUE = 50

/** A story in a queue: where it is, and since when it has waited in its state. */
export type Queued = {
  id: number | string
  collection: 'articles' | 'profiles'
  title: string
  since: string
  /** The person asking may sign the stage it waits for. */
  mine: boolean
}

export interface ReviewQueueSet {
  stages: { stage: Stage; label: string; mine: Queued[]; others: Queued[] }[]
  /** Signed off and not live yet. */
  ready: Queued[]
}

/**
 * The desk's queues: one per review stage the paper runs — split into the stories waiting for
 * `user` and those waiting for someone else — and the stories ready to publish; oldest first.
 * Null for anyone outside the desk.
 */
export async function reviewQueues(
  payload: Payload,
  user: TypedUser | null | undefined,
): Promise<ReviewQueueSet | null> {
  if (!user || !isDeskUser(user)) return null
  const me = user
  const req = await createLocalReq({ user }, payload)
  const rules = await readReviewRules(req)
  const stages = stagesOf(rules)
  // A story waits for a stage while it sits in the state the stage before it leaves.
  const waitingIn = (stage: Stage): Workflow => {
    const index = stages.indexOf(stage)
    return index === 0 ? 'submitted' : STAGES[stages[index - 1]].signed
  }
  const read = async (workflow: Workflow, stage: Stage | null): Promise<Queued[]> => {
    const found = await Promise.all(
      (['articles', 'profiles'] as const).map((collection) =>
        payload
          .find({
            collection,
            where: {
              and: [
                { workflow: { equals: workflow } },
                // Signed off and already live: nothing left to do. An equality (a story is a draft
                // or published), so an index finds the few among an archive of live stories.
                ...(stage ? [] : [{ _status: { equals: 'draft' as const } }]),
              ],
            },
            draft: true,
            depth: 0,
            limit: PER_QUEUE,
            sort: 'stageEnteredAt',
            overrideAccess: false,
            user,
          })
          .then(({ docs }) =>
            docs.map((doc) => ({
              id: doc.id,
              collection,
              title: doc.title,
              since: doc.stageEnteredAt ?? doc.updatedAt,
              mine: stage
                ? !signOffRefusal({
                    workflow,
                    records: doc.signOffs ?? [],
                    stage,
                    signer: me,
                    rules,
                  })
                : false,
            })),
          ),
      ),
    )
    return found.flat().sort((a, b) => a.since.localeCompare(b.since))
  }
  return {
    stages: await Promise.all(
      stages.map(async (stage) => {
        const items = await read(waitingIn(stage), stage)
        return {
          stage,
          label: STAGES[stage].zh,
          mine: items.filter((s) => s.mine),
          others: items.filter((s) => !s.mine),
        }
      }),
    ),
    ready: await read('approved', null),
  }
}

/** 3 天 4 小时, 2 小时 5 分, 7 分: how long a story has been waiting. */
export function waited(since: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days) return `${days} 天 ${hours} 小时`
  if (hours) return `${hours} 小时 ${minutes % 60} 分`
  return `${minutes} 分`
}
