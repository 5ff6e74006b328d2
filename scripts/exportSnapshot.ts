/**
 * Writes the public snapshot the site is built from: `npm run -s export:snapshot -- [--out FILE]`.
 * Reads the database through Payload's Local API; no CMS server needs to be running.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { bootPayload } from '@/bootPayload'
import { projectRoot } from '@/env'
import { loadPublicContent } from '@/publicContent/loadPublicContent'

export const DEFAULT_SNAPSHOT = path.join(projectRoot, 'var/snapshot/public.json')

const { values } = parseArgs({ options: { out: { type: 'string', default: DEFAULT_SNAPSHOT } } })
const out = path.resolve(values.out)

const payload = await bootPayload()
try {
  const snapshot = await loadPublicContent(payload)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  // Written beside and renamed over: a reader never sees half a snapshot.
  const tmp = `${out}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(snapshot))
  fs.renameSync(tmp, out)
  console.error(
    `snapshot: ${snapshot.articles.length} articles, ${snapshot.profiles.length} profiles, ` +
      `${snapshot.editions.length} editions, ${snapshot.photos.length} photos → ${out}`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
