import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs before every integration test file, before its imports: the CMS reads its environment once,
 * when `cms/src/env.ts` is first imported, so a file that imports any CMS module at the top would
 * otherwise read the developer's own database and media folder. Every file gets a fresh folder.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-'))

function databaseUri(): string {
  if (process.env.TEST_DATABASE !== 'mongodb') return `file:${path.join(dir, 'test.db')}`
  const uri = new URL(process.env.MONGODB_URI as string)
  // One database per file: suites never see each other's documents.
  uri.pathname = `/county-news-test-${path.basename(dir)}`
  return uri.toString()
}

Object.assign(process.env, {
  DATA_DIR: dir,
  MEDIA_DIR: path.join(dir, 'media'),
  SITES_DIR: path.join(dir, 'site'),
  DATABASE_URI: databaseUri(),
  PAYLOAD_SECRET: `test-secret-${path.basename(dir)}`,
  // Only the pipeline suite builds the site; elsewhere builds are queued and left alone.
  SITE_BUILD_RUNNER: 'off',
})
