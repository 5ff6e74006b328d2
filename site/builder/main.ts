/**
 * The site builder as a process of its own, so a build's memory is returned when it ends and the
 * CMS (which starts it: cms/src/siteBuild/buildSite.ts, renderPreview.ts) never loads the site's
 * templates. Takes its options as one JSON argument; prints its result as JSON on the last line of
 * stdout.
 */
import { buildPages, renderPreview, type BuildOptions } from './build'

type Options = (Omit<BuildOptions, 'now'> & { mode: 'build' }) | ({ mode: 'preview' } & Omit<Parameters<typeof renderPreview>[0], 'now'>)

const options = JSON.parse(process.argv[2] ?? '') as Options & { now: string }
try {
  const now = new Date(options.now)
  const result =
    options.mode === 'preview'
      ? await renderPreview({ ...options, now })
      : await buildPages({ ...options, now })
  process.stdout.write(`\n${JSON.stringify(result)}\n`)
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
}
