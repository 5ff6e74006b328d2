/**
 * Reading the CMS's public snapshot: the only file the site is built from. Used by the content
 * loaders (once per build) and by the build's media step.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'astro/zod'

import type { PublicSnapshot } from '../../cms/src/public/types'
import { brokenReferences } from './lib/references'
import { snapshotSchema } from './lib/schema'

/** The snapshot shape this site understands; the CMS bumps it when the shape changes. */
export const SNAPSHOT_VERSION = 1

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

export type ContentPaths = { snapshot: string; mediaDir: string }

/**
 * Where the snapshot and the CMS's media folder are: `COUNTY_NEWS_SNAPSHOT` and `MEDIA_DIR`, else
 * their places in the repository (`var/snapshot/public.json`, `cms/media`).
 */
export function contentPaths(
  siteRoot: URL,
  env: Record<string, string | undefined> = process.env,
): ContentPaths {
  const repo = fileURLToPath(new URL('../', siteRoot))
  return {
    snapshot: path.resolve(env.COUNTY_NEWS_SNAPSHOT || path.join(repo, 'var/snapshot/public.json')),
    mediaDir: path.resolve(env.MEDIA_DIR || path.join(repo, 'cms/media')),
  }
}

/** Reads, checks and validates a snapshot, or throws an error that says what to fix. */
export async function readSnapshot(file: string): Promise<PublicSnapshot> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    throw new Error(
      `Cannot read the public snapshot at ${file} (${reason(error)}). Write one with \`npm run export:snapshot\`, or set COUNTY_NEWS_SNAPSHOT to its path.`,
      { cause: error },
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`The public snapshot at ${file} is not JSON: ${reason(error)}`, {
      cause: error,
    })
  }
  const version = z.object({ version: z.unknown() }).safeParse(data).data?.version
  if (version !== SNAPSHOT_VERSION) {
    throw new Error(
      `The public snapshot at ${file} has version ${JSON.stringify(version)}; this site reads version ${SNAPSHOT_VERSION}. Rebuild with a site that matches the CMS.`,
    )
  }
  const parsed = snapshotSchema.safeParse(data)
  if (!parsed.success) {
    throw new Error(
      `The public snapshot at ${file} is not what the site expects:\n${z.prettifyError(parsed.error)}`,
    )
  }
  const problems = brokenReferences(parsed.data)
  if (problems.length > 0) {
    throw new Error(`The public snapshot at ${file} is incomplete:\n- ${problems.join('\n- ')}`)
  }
  return parsed.data
}
