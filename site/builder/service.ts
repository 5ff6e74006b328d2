/**
 * The site builder as a process that stays up between builds, started by the CMS
 * (cms/src/siteBuild/runBuilder.ts), so the CMS never loads the site's templates and each build
 * after the first starts from what the last one knew: the archive of the live build is kept in
 * memory, and the next build — the live one plus a change — applies the change to it instead of
 * reading and working out both stores again (at 100,000 stories that was 5 s of a 7-s publish).
 *
 * Builds arrive one at a time over the IPC channel, each answered with its report or its error.
 * The process ends when the channel closes, which the kernel does however the CMS ends.
 */
import { buildPages, type BuildOptions, type Kept } from './build'

export type ServiceRequest = Omit<BuildOptions, 'now'> & { now: string }
export type ServiceAnswer =
  | { ok: true; report: Awaited<ReturnType<typeof buildPages>>['report'] }
  | { ok: false; error: string }

let kept: Kept | null = null

process.on('disconnect', () => process.exit(0))
process.on('message', (message: ServiceRequest) => {
  void (async () => {
    let answer: ServiceAnswer
    try {
      const result = await buildPages({ ...message, now: new Date(message.now) }, kept)
      kept = result.kept
      answer = { ok: true, report: result.report }
    } catch (error) {
      // What a failed build knew is not trusted: the next one reads its stores afresh.
      kept = null
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      answer = { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
    process.send?.(answer)
  })()
})
