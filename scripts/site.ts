/**
 * The public site from the command line:
 *   npm run site:build      build what changed since the live build and make it live (if it passes
 *                           its check); `-- --full` builds everything
 *   npm run site:rollback   put the previous build back live
 *   npm run site:serve      serve the live build on SITE_PORT (as nginx would in production)
 */
import { bootPayload } from '@/bootPayload'
import { env } from '@/env'
import { sitePaths } from '@/siteBuild/paths'
import { serveLive } from '@/siteBuild/serveLive'
import { runSiteBuild } from '@/siteBuild/runSiteBuild'
import { rollback } from '@/siteBuild/swapLive'

const command = process.argv[2]

if (command === 'build') {
  const payload = await bootPayload()
  try {
    const full = process.argv.includes('--full')
    const result = await runSiteBuild(payload, { reason: 'npm run site:build', full })
    console.log(
      `live: ${result.buildId} · ${result.full ? 'full' : 'incremental'} · ${result.stories} stories · ` +
        `${result.rendered} of ${result.pages} pages rendered · ${(result.durationMs / 1000).toFixed(1)} s`,
    )
  } catch (error) {
    console.error(
      `网站构建失败，线上网站未改变 (build failed, the live site is unchanged): ${(error as Error).message}`,
    )
    process.exitCode = 1
  } finally {
    await payload.destroy()
  }
  process.exit()
} else if (command === 'rollback') {
  try {
    console.log(`live: ${rollback(sitePaths())}`)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
} else if (command === 'serve') {
  serveLive(sitePaths().live).listen(env.sitePort, '127.0.0.1', () =>
    console.log(`Site: http://127.0.0.1:${env.sitePort}/`),
  )
} else {
  console.error('usage: tsx scripts/site.ts build|rollback|serve')
  process.exit(2)
}
