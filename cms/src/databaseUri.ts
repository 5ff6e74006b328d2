import path from 'node:path'

import { projectRoot } from './projectRoot'

const fromRoot = (p: string) => (path.isAbsolute(p) ? p : path.resolve(projectRoot, p))

type Env = Record<string, string | undefined>

/** The data folder (DATA_DIR, default cms/data), absolute. */
export const dataDirOf = (environment: Env): string => fromRoot(environment.DATA_DIR || 'cms/data')

/**
 * The configured database (DATABASE_URI, default the SQLite file in the data folder). Relative
 * `file:` URIs resolve against the repository root so scripts, Next and tests agree. Free of side
 * effects, unlike `env.ts`, so a command can ask where the database is without creating anything.
 */
export function databaseUriOf(environment: Env): string {
  const uri =
    environment.DATABASE_URI || `file:${path.join(dataDirOf(environment), 'county-news.db')}`
  if (uri.startsWith('file:') && !uri.startsWith('file:/')) return `file:${fromRoot(uri.slice(5))}`
  return uri
}
