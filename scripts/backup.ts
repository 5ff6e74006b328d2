/**
 * `npm run backup [-- --out DIR]`: a consistent copy of the database and the photos.
 * `npm run restore -- DIR`: puts one back into an empty install, then rebuilds the public site.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { backup, contentCounts, restore } from '@/backup/backup'
import { bootPayload } from '@/bootPayload'
import { env } from '@/env'
import { runSiteBuild } from '@/siteBuild/runSiteBuild'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
})
const [command, from] = positionals

try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
    const outDir = path.resolve(values.out ?? path.join(env.dataDir, 'backups', stamp))
    const payload = await bootPayload()
    const manifest = await backup(payload, { outDir, mediaDir: env.mediaDir })
    await payload.destroy()
    console.log(`backup: ${outDir}`)
    console.log(
      `  ${Object.entries(manifest.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; ${Object.keys(manifest.media).length} media files`,
    )
    if (manifest.database === 'mongodb') {
      console.log(
        `  MongoDB: copy the database with  mongodump --uri "$DATABASE_URI" --out ${path.join(outDir, 'mongodump')}`,
      )
    }
  } else if (command === 'restore' && from) {
    if (!env.databaseUri.startsWith('file:'))
      throw new Error('restore 仅用于 SQLite (MongoDB: use mongorestore, see README)')
    const manifest = restore({
      fromDir: path.resolve(from),
      databaseFile: env.databaseUri.slice(5),
      mediaDir: env.mediaDir,
    })
    const payload = await bootPayload()
    const counts = await contentCounts(payload)
    const mismatched = Object.keys(manifest.counts).filter((k) => manifest.counts[k] !== counts[k])
    if (mismatched.length)
      throw new Error(`restored counts differ from the backup: ${mismatched.join(', ')}`)
    const site = await runSiteBuild(payload, { reason: 'npm run restore' })
    await payload.destroy()
    console.log(`restored ${from}: counts match; site rebuilt (${site.stories} stories)`)
  } else {
    console.error('usage: npm run backup [-- --out DIR]  |  npm run restore -- DIR')
    process.exitCode = 2
  }
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
}
process.exit()
