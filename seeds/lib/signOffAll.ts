import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import { actingAs, signOffStory } from '@/lib/signOff'
import type { Stage } from '@/lib/reviewStages'
import type { StoryCollection } from '@/lib/storyOwnership'

/** Who signs each stage of the default 审校设置: 初审 desk, 复审 section, 终审 chief. */
export type Signers = Record<Stage, User>

/**
 * Signs 初审, 复审 and 终审 of a submitted story, each as its reviewer, through the one sign-off the
 * REST endpoint uses — so the seed, the benchmark and the tests get stories ready to publish the
 * way a newsroom does, inside the caller's request (and transaction).
 */
export async function signOffAll(
  req: PayloadRequest,
  signers: Signers,
  { collection, id, note }: { collection: StoryCollection; id: number | string; note?: string },
): Promise<void> {
  for (const stage of ['first', 'second', 'final'] as const) {
    await signOffStory(actingAs(req, signers[stage]), { collection, id, stage, note })
  }
}
