import fs from 'node:fs'
import path from 'node:path'

import type { PublicSnapshot } from '../../../cms/src/public/types'

/** The hand-written fixture snapshot the site's tests and test builds use. */
export const FIXTURE_SNAPSHOT = path.resolve(
  import.meta.dirname,
  '../../../tests/fixtures/snapshot/public.json',
)

/** A fresh copy each call, so a test may change it freely. */
export const fixtureSnapshot = (): PublicSnapshot =>
  JSON.parse(fs.readFileSync(FIXTURE_SNAPSHOT, 'utf8')) as PublicSnapshot
