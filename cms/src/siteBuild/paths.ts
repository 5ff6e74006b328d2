import path from 'node:path'

import { env } from '../env'

/**
 * The folders of published sites. `live` is a symlink to one complete build under `builds/`; the
 * web server serves whatever it points at, so switching it is the whole deploy. `previous` points
 * at the build before, for a one-command rollback. Beside each build, under `data/`, is what it was
 * made from (its public store) and its record, which the next build starts from.
 */
export const sitePaths = (root = env.sitesDir) => ({
  root,
  builds: path.join(root, 'builds'),
  data: path.join(root, 'data'),
  live: path.join(root, 'live'),
  previous: path.join(root, 'previous'),
  /** Present when the next build must render everything (after a rollback). */
  fullBuildNeeded: path.join(root, 'full-build-needed'),
})

export type SitePaths = ReturnType<typeof sitePaths>

/** What a build was made from, kept beside it: `data/<buildId>/`. */
export const buildDataPaths = (paths: SitePaths, buildId: string) => {
  const dir = path.join(paths.data, buildId)
  return { dir, store: path.join(dir, 'store'), record: path.join(dir, 'build.json') }
}
