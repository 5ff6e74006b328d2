import path from 'node:path'

import { env } from '../env'

/**
 * The folders of published sites. `live` is a symlink to one complete build under `builds/`; the
 * web server serves whatever it points at, so switching it is the whole deploy. `previous` points
 * at the build before, for a one-command rollback.
 */
export const sitePaths = (root = env.sitesDir) => ({
  root,
  builds: path.join(root, 'builds'),
  snapshots: path.join(root, 'snapshots'),
  live: path.join(root, 'live'),
  previous: path.join(root, 'previous'),
})

export type SitePaths = ReturnType<typeof sitePaths>
