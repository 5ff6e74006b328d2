import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import { actingAs, signOffsOf, signOffStory } from '@/lib/signOff'
import type { Stage } from '@/lib/reviewStages'
import type { StoryCollection } from '@/lib/storyOwnership'

/** Who signs each stage of the default 审校设置: 初审 desk, 复审 section, 终审 chief. */
export type Signers = Record<Stage, User>

/**
 * Signs the stages of a submitted story still to be signed — all three of a new story; 复审 and
 * 终审 of one an edit sent back — each as its reviewer, through the one sign-off the REST endpoint
 * uses: so the seed, the benchmark and the tests get stories ready to publish the way a newsroom
 * does, inside the caller's request (and transaction).
 */
export async function signOffAll(
  req: PayloadRequest,
  signers: Signers,
  { collection, id, note }: { collection: StoryCollection; id: number | string; note?: string },
): Promise<void> {
  const story = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    select: { signOffs: true },
    overrideAccess: true,
    req,
  })
  const signed = new Set(
    signOffsOf(story)
      .filter((r) => !r.supersededAt)
      .map((r) => r.stage),
  )
  for (const stage of (['first', 'second', 'final'] as const).filter((s) => !signed.has(s))) {
    await signOffStory(actingAs(req, signers[stage]), { collection, id, stage, note })
  }
}
