/**
 * Child process of `npm run bench`: grows the benchmark archive to stories [from, to). It runs apart
 * from the measuring process because a batch writer wants SQLite transactions (one commit per
 * edition day instead of one per row), while the CMS server, which the measurements stand in for,
 * must run without them (docs/decisions/002-sqlite-transactions.md). The environment says which
 * database; the config reads it once, at import. Prints one JSON line: what it wrote and how fast.
 */
import { parseArgs } from 'node:util'

import { bootPayload } from '@/bootPayload'

import { BATCH_ENV } from '../../seeds/lib/allOrNothing'

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' } },
})
const from = Number(values.from)
const to = Number(values.to)
if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from) {
  throw new Error(`usage: generate --from N --to M (got ${values.from}, ${values.to})`)
}

const payload = await bootPayload({ env: BATCH_ENV })
const { ensureFoundation, generateStories } = await import('../generate')
const started = performance.now()
const foundation = await ensureFoundation(payload)
const foundationMs = performance.now() - started
const storiesStarted = performance.now()
let reported = 0
const result = await generateStories(payload, foundation, {
  from,
  to,
  onDay: (done) => {
    // A line every few hundred stories: the full archive takes minutes.
    if (done - reported >= 500 || from + done === to) {
      reported = done
      process.stderr.write(`  generated ${from + done}/${to} stories\n`)
    }
  },
})
const storiesMs = performance.now() - storiesStarted
await payload.destroy()
process.stdout.write(
  `${JSON.stringify({ ...result, foundationMs, storiesMs, msPerStory: storiesMs / result.stories })}\n`,
  // The database client leaves handles open for seconds after destroy(); nothing is pending.
  () => process.exit(0),
)
