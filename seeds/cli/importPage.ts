/**
 * `npm run -s import:page -- FILE --date YYYY-MM-DD [--edition N] [--page P] [--page-name 版名]
 * [--images DIR] [--dry-run]`: a printed page's text to draft stories. See seeds/README.md.
 * Exit codes: 0 done, 1 the import failed and changed nothing, 2 bad input (nothing touched).
 */
import { DEFAULT_GAZETTEER } from '../importer/gazetteer'
import { importPage } from '../importer/importPage'
import { type ImportCommand, InputError, parseImportArgs, readPageFile } from '../importer/input'
import { parsePage, toDryRunJson } from '../importer/parsePage'
import { formatImportReport } from '../importer/report'
import { bootPayload, print, runCommand } from './run'

/** The checked command and its page text, or the exit code of bad input after saying why. */
function readCommand(): { command: ImportCommand; text: string } | number {
  try {
    const command = parseImportArgs(process.argv.slice(2))
    return { command, text: readPageFile(command.file) }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    console.error(error.message)
    return 2
  }
}

runCommand(async () => {
  const input = readCommand()
  if (typeof input === 'number') return input
  const { command, text } = input
  // The default gazetteer: the dry run never opens the database (an import parses again with the
  // region and column names the database adds).
  const parsed = parsePage(text, DEFAULT_GAZETTEER)
  if (parsed.stories.length === 0) {
    console.error(`未在文件中找到稿件：${command.file} (no stories found on the page)`)
    return 2
  }
  if (command.dryRun) {
    await print(JSON.stringify(toDryRunJson(parsed), null, 2))
    return 0
  }
  const payload = await bootPayload()
  try {
    const report = await importPage(payload, { ...command, text })
    await print(formatImportReport(report))
    await print('全部为草稿，未发布任何内容 (everything is a draft; nothing was published)')
    return 0
  } catch (error) {
    console.error(
      `导入失败，未写入任何内容 (import failed, nothing was written): ${(error as Error).message}`,
    )
    return 1
  } finally {
    await payload.destroy()
  }
})
