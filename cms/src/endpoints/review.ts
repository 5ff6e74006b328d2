import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { Stage } from '../lib/reviewStages'
import { keepBannedTerm, type ReviewState, reviewStateOf, signOffStory } from '../lib/signOff'
import type { StoryCollection } from '../lib/storyOwnership'

/** A review action's answer: the story's new state, or the refusal with its status and hits. */
async function answer(work: () => Promise<ReviewState>): Promise<Response> {
  try {
    return Response.json(await work(), { headers: { 'cache-control': 'private, no-store' } })
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return Response.json(
      { error: error.message, ...(error.data as Record<string, unknown> | null) },
      { status: error.status },
    )
  }
}

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  await addDataAndFileToRequest(req)
  return req.data ?? {}
}

const idOf = (req: PayloadRequest) => String(req.routeParams?.id)

/**
 * 三审三校 over HTTP, for the admin's review panel, wire services and scripts, as the logged-in user:
 * - `GET  /api/{articles|profiles}/:id/review` — stage, check hits, sign-offs;
 * - `POST /api/{articles|profiles}/:id/sign-off` `{ stage: 'first'|'second'|'final', note }` —
 *   403 for the wrong role or a second stage by the same person, 409 while banned terms remain or
 *   when the story waits for another stage;
 * - `POST /api/{articles|profiles}/:id/keep-term` `{ term, reason }` — the final reviewer keeps a
 *   banned term the check found, with the reason recorded.
 */
export function reviewEndpoints(collection: StoryCollection): Endpoint[] {
  return [
    {
      path: '/:id/review',
      method: 'get',
      handler: (req) => answer(() => reviewStateOf(req, collection, idOf(req))),
    },
    {
      path: '/:id/sign-off',
      method: 'post',
      handler: async (req) => {
        const { stage, note } = await body(req)
        return answer(() =>
          signOffStory(req, {
            collection,
            id: idOf(req),
            stage: String(stage) as Stage,
            note: typeof note === 'string' ? note : null,
          }),
        )
      },
    },
    {
      path: '/:id/keep-term',
      method: 'post',
      handler: async (req) => {
        const { term, reason } = await body(req)
        return answer(() =>
          keepBannedTerm(req, {
            collection,
            id: idOf(req),
            term: typeof term === 'string' ? term : '',
            reason: typeof reason === 'string' ? reason : '',
          }),
        )
      },
    },
  ]
}
