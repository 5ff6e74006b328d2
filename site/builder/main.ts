/**
 * A draft's preview, rendered by a process of its own (started by cms/src/siteBuild/runBuilder.ts)
 * so a preview never waits behind a site build in the builder that stays up (service.ts). Takes
 * its options as one JSON argument; prints its result as JSON on the last line of stdout.
 */
import { renderPreview } from './build'

const options = JSON.parse(process.argv[2] ?? '') as Omit<Parameters<typeof renderPreview>[0], 'now'> & {
  now: string
}
try {
  const result = await renderPreview({ ...options, now: new Date(options.now) })
  process.stdout.write(`\n${JSON.stringify(result)}\n`)
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
}
