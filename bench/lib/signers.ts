import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Signers } from '../../seeds/lib/signOffAll'

/** The benchmark's reviewers, one per stage of the default 审校设置. */
const BENCH_SIGNERS = {
  first: { email: 'bench-desk@county-news.local', name: '基准测试初审', role: 'desk' },
  second: { email: 'bench-section@county-news.local', name: '基准测试复审', role: 'section' },
  final: { email: 'bench-chief@county-news.local', name: '基准测试终审', role: 'chief' },
} as const

/**
 * The archive's stories go live the way a newsroom's do, signed 初审, 复审 and 终审; these are the
 * accounts that sign, found by email or created (also in a database an older benchmark made).
 */
export async function ensureSigners(payload: Payload): Promise<Signers> {
  const signers = {} as Signers
  for (const [stage, account] of Object.entries(BENCH_SIGNERS) as [
    keyof Signers,
    (typeof BENCH_SIGNERS)[keyof Signers],
  ][]) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    signers[stage] =
      docs[0] ??
      (await payload.create({
        collection: 'users',
        data: { ...account, password: randomBytes(18).toString('base64url') },
        overrideAccess: true,
      }))
  }
  return signers
}
