/**
 * `npm start`: the whole product on one machine. Builds the admin when its sources changed,
 * creates the embedded database (migrations) and loads the sample issue when it is empty, builds
 * the public site if there is none yet, then runs the CMS and serves the live site. Ctrl-C stops
 * everything it started.
 */
import fs from 'node:fs'
import path from 'node:path'

import { run, start, stop, waitForHttp } from './lib/processes'

// The CMS and everything below run as in production: migrations, not schema push.
// Loading the sample issue is all-or-nothing, so this process (not the CMS server) uses
// SQLite transactions.
Object.assign(process.env, {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  SQLITE_TRANSACTIONS: 'true',
})

const { env, projectRoot } = await import('../cms/src/env')
const { sitePaths } = await import('../cms/src/siteBuild/paths')
const { serveLive } = await import('../cms/src/siteBuild/serveLive')
const nextBin = path.join(projectRoot, 'node_modules/.bin/next')
const paths = sitePaths()

/** The newest modification time under a path, to tell whether a build is older than its sources. */
function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))),
  )
}

async function buildAdminIfStale(): Promise<void> {
  const buildId = path.join(projectRoot, 'cms/.next/BUILD_ID')
  const sources = ['cms/src', 'cms/next.config.mjs', 'package-lock.json'].map((p) =>
    path.join(projectRoot, p),
  )
  if (newestMtime(buildId) > Math.max(...sources.map(newestMtime))) return
  console.log('Building the admin (about a minute the first time)…')
  await run(nextBin, ['build', 'cms'])
}

/**
 * Applies migrations; on an empty database (no accounts, no paper set up) loads the sample issue
 * with demo logins; builds the
 * public site when none is live yet (later changes are built by the CMS's own job runner).
 */
async function prepare(): Promise<string[]> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/src/payload.config')
  const { buildSite, siteBuildNeeded } = await import('../cms/src/siteBuild/buildSite')
  const { stopBuilder } = await import('../cms/src/siteBuild/runBuilder')
  const payload = await getPayload({ config })
  try {
    let logins: string[] = []
    const noUsers = (await payload.count({ collection: 'users' })).totalDocs === 0
    // A database where `npm run area` set up another paper is the newsroom's own, not empty.
    const { area } = await payload.findGlobal({ slug: 'paper-settings', depth: 0 })
    if (noUsers && !area) {
      console.log('Empty database: loading the sample issue…')
      const { seedSampleIssue } = await import('../seeds/seedSampleIssue')
      const seeded = await seedSampleIssue(payload)
      logins = seeded.logins.map((l) => `  ${l.role.padEnd(8)} ${l.email}  ${l.password}`)
    }
    const why = await siteBuildNeeded(payload)
    if (why) {
      console.log(`Building the public site (${why})…`)
      const result = await buildSite(payload)
      console.log(
        `  ${result.stories} stories, ${result.rendered} of ${result.pages} pages rendered, ${(result.durationMs / 1000).toFixed(1)} s`,
      )
    }
    return logins
  } finally {
    stopBuilder()
    await payload.destroy()
  }
}

await buildAdminIfStale()
const logins = await prepare()

const { SQLITE_TRANSACTIONS: _batchOnly, ...serverEnv } = process.env
const cms = start(
  nextBin,
  ['start', 'cms', '--hostname', '127.0.0.1', '--port', String(env.cmsPort)],
  serverEnv,
)
const site = serveLive(paths.live).listen(env.sitePort, '127.0.0.1')

let stopping = false
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  console.log('\nStopping…')
  site.close()
  await stop(cms)
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
cms.on('exit', (code) => void shutdown(code ?? 1))

// Payload starts its job runner (scheduled publishing, site builds) with the first admin request.
await waitForHttp(`http://127.0.0.1:${env.cmsPort}/admin/login`)
console.log(
  [
    '',
    'County News is running.',
    `  Admin (CMS):  http://127.0.0.1:${env.cmsPort}/admin`,
    `  Public site:  http://127.0.0.1:${env.sitePort}/`,
    ...(logins.length
      ? ['', 'Demo logins (change these passwords before real use):', ...logins]
      : []),
    '',
    'Press Ctrl-C to stop.',
  ].join('\n'),
)
