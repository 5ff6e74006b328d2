/**
 * `npm run seed`: loads the sample issue into the configured database (DATABASE_URI), unless it
 * is already there. See seeds/README.md.
 */
import { bootPayload } from '@/bootPayload'

import { BATCH_ENV } from '../lib/allOrNothing'
import { formatSeedReport, seedSampleIssue } from '../seedSampleIssue'
import { print, runCommand } from './run'

// Runs as `npm start` does, with migrations rather than a schema push, so the database it creates
// or opens is one `npm start` (always production) opens too.
Object.assign(process.env, { NODE_ENV: 'production' })

runCommand(async () => {
  const payload = await bootPayload({ env: BATCH_ENV })
  try {
    await print(formatSeedReport(await seedSampleIssue(payload)))
    return 0
  } catch (error) {
    console.error(
      `载入示例失败，未写入任何内容 (seeding failed, nothing was written): ${(error as Error).message}`,
    )
    return 1
  } finally {
    await payload.destroy()
  }
})
