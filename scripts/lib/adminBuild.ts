import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/src/projectRoot'

/** What the admin build (`next build cms`) is made from: a change to any of them makes it stale. */
const SOURCES = ['cms/src', 'cms/next.config.mjs', 'package-lock.json'].map((p) =>
  path.join(projectRoot, p),
)
const BUILD_ID = path.join(projectRoot, 'cms/.next/BUILD_ID')

/** The newest modification time under a path (0 when it does not exist). */
function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))),
  )
}

/**
 * Whether `cms/.next` was built after its sources last changed: `npm start` and the browser
 * suites rebuild the admin when it was not.
 */
export function adminBuildIsCurrent(): boolean {
  const built = newestMtime(BUILD_ID)
  return built > 0 && built >= Math.max(...SOURCES.map(newestMtime))
}
