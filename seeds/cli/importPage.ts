/**
 * `npm run -s import:page -- FILE --date YYYY-MM-DD [--edition N] [--page P] [--page-name 版名]
 * [--images DIR] [--page-pdf FILE | --page-image FILE] [--dry-run [--area 州或县]]`: a printed page's text to draft stories. See
 * seeds/README.md. Exit codes: 0 done, 1 the import failed and changed nothing, 2 bad input
 * (nothing touched).
 */
import fs from 'node:fs'

import { bootPayload } from '@/bootPayload'
import { databaseUriOf } from '@/databaseUri'

import { AreaNotFoundError, loadDivisionArea } from '../area/divisions'
import { divisionGazetteer } from '../area/gazetteer'
import { SAMPLE_AREA } from '../data/regions'
import { databaseGazetteer } from '../importer/databaseGazetteer'
import { importPage } from '../importer/importPage'
import { type ImportCommand, InputError, parseImportArgs, readPageFile } from '../importer/input'
import { readPagePrintFile } from '../importer/pagePrint'
import { parsePage, toDryRunJson } from '../importer/parsePage'
import { formatImportReport } from '../importer/report'
import type { Gazetteer } from '../importer/types'
import { BATCH_ENV } from '../lib/allOrNothing'
import { print, runCommand } from './run'

// Runs as `npm start` does, with migrations rather than a schema push, so the database it creates
// or opens is one `npm start` (always production) opens too.
Object.assign(process.env, { NODE_ENV: 'production' })

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

/** Whether the configured database is there to read; a missing SQLite file is not created. */
function databaseExists(): boolean {
  const uri = databaseUriOf(process.env)
  return !uri.startsWith('file:') || fs.existsSync(uri.slice('file:'.length))
}

/**
 * What the dry run parses with: the `--area` from the national data; else the newsroom's own
 * regions and columns when a database exists; else the sample paper's area from the national data.
 */
async function dryRunGazetteer(command: ImportCommand): Promise<Gazetteer> {
  if (command.area || !databaseExists()) {
    return divisionGazetteer(await loadDivisionArea(command.area ?? SAMPLE_AREA))
  }
  // A dry run only reads: no schema push (which would also print its progress on stdout, where
  // the one JSON document goes).
  process.env.PAYLOAD_MIGRATING = 'true'
  const payload = await bootPayload({ env: BATCH_ENV })
  try {
    return await databaseGazetteer(payload)
  } finally {
    await payload.destroy()
  }
}

runCommand(async () => {
  const input = readCommand()
  if (typeof input === 'number') return input
  const { command, text } = input
  if (command.dryRun) {
    let gazetteer: Gazetteer
    try {
      gazetteer = await dryRunGazetteer(command)
    } catch (error) {
      if (!(error instanceof AreaNotFoundError)) throw error
      console.error(error.message)
      return 2
    }
    const parsed = parsePage(text, gazetteer)
    if (parsed.stories.length === 0) {
      console.error(`未在文件中找到稿件：${command.file} (no stories found on the page)`)
      return 2
    }
    await print(JSON.stringify(toDryRunJson(parsed), null, 2))
    return 0
  }
  const payload = await bootPayload({ env: BATCH_ENV })
  try {
    const printed = command.pagePrint ? readPagePrintFile(command.pagePrint) : null
    const report = await importPage(payload, { ...command, text, print: printed })
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
