/**
 * Faults, with real kills: a page import, a photo upload and a backup, each run in a process of its
 * own (as the commands and the CMS run them) and SIGKILLed when a file it writes appears — not after
 * a guessed delay. Then what must hold: the database opens as it was, nothing half-imported, no file
 * in the media folder that no document names and no document without its files, a partial backup
 * refused by restore, and the same work succeeds when run again.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BackupManifest, contentCounts } from '@/backup/backup'
import { processIds, processStat } from '@/lib/processStat'

import { BATCH_ENV } from '../../seeds/lib/allOrNothing'
import { setUpTestArea } from '../helpers/area'
import { noisyJpeg } from '../helpers/images'
import { startCMS, type TestCMS } from '../helpers/payload'
import { projectRoot } from '../helpers/root'

const SAMPLE = path.join(projectRoot, 'seeds/changji-daily-county-page.txt')

let cms: TestCMS
let payload: Payload
let mediaDir: string
let scratch: string

/** A command run as its own process group, so a kill takes npm, tsx and node alike. */
function startGroup(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return { child, exited, output: () => output }
}

/**
 * SIGKILLs the group the moment `reached` holds (checked every few milliseconds, synchronously:
 * the point is a file the process writes), and fails if the process ended first.
 */
async function killWhen(
  group: ReturnType<typeof startGroup>,
  reached: () => boolean,
  what: string,
) {
  let ended = false
  void group.exited.then(() => (ended = true))
  const deadline = Date.now() + 120_000
  while (!reached()) {
    if (ended) throw new Error(`the process ended before ${what}:\n${group.output()}`)
    if (Date.now() > deadline) throw new Error(`${what} not reached within 120 s`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  process.kill(-group.child.pid!, 'SIGKILL')
  await group.exited
  // The group's leader has gone, but a killed process runs on for a moment while the kernel tears
  // it down: a restart within that moment takes its upload notes for a running process's.
  while (groupRunning(group.child.pid!)) {
    if (Date.now() > deadline) throw new Error(`the killed processes of ${what} did not end`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Whether any process of the group still runs; a zombie (dead, not yet collected) does not. */
const groupRunning = (pgid: number) =>
  processIds().some((pid) => {
    const stat = processStat(pid)
    return stat?.pgrp === pgid && stat.state !== 'Z' && stat.state !== 'X'
  })

/** Runs an npm script to its end, as an operator would. */
const npmRun = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync('npm', ['run', '-s', script, '--', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  })

const filesIn = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort()
    : []

/**
 * The media folder against the media documents: files no document names, and files documents
 * name that are not there. Both must be empty after any fault.
 */
async function mediaFolderCheck(reader: Payload) {
  const { docs } = await reader.find({
    collection: 'media',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    trash: true,
  })
  const named = new Set(
    docs.flatMap((doc) => [
      doc.filename ?? '',
      ...Object.values(doc.sizes ?? {}).map((size) => size?.filename ?? ''),
    ]),
  )
  named.delete('')
  const files = filesIn(mediaDir)
  return {
    photos: docs.length,
    orphans: files.filter((file) => !named.has(file)),
    missing: [...named].filter((file) => !files.includes(file)).sort(),
  }
}

/** Restarts this test's Payload as a restarted CMS would start: the start-up sweep runs. */
async function restart() {
  await payload.destroy()
  payload = await cms.restart()
}

// SQLite's own: its transactions (the importer's all-or-nothing), `VACUUM INTO` and its restore.
const sqlite = process.env.TEST_DATABASE !== 'mongodb'

describe.runIf(sqlite)('SIGKILL in the middle of the work', () => {
  beforeAll(async () => {
    // Production, as the commands run: the database is made by the committed migrations, which the
    // importer and the backup (production processes) then open as their own.
    cms = await startCMS({ ...BATCH_ENV, NODE_ENV: 'production' })
    payload = cms.payload
    mediaDir = path.join(cms.dir, 'media')
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-kills-'))
    await setUpTestArea(payload)
  }, 300_000)

  afterAll(async () => {
    await cms?.cleanup()
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
  })

  it('a page import killed while it writes its photos leaves none of the page, and runs again', async () => {
    const images = path.join(scratch, 'images')
    fs.mkdirSync(images)
    // Two of the page's six photos (the others become placeholders): cheap to process again.
    for (const n of [1, 2]) {
      fs.writeFileSync(path.join(images, `p${n}.jpg`), await noisyJpeg(1200 + 8 * n, 900))
    }
    const before = await contentCounts(payload)
    const args = [SAMPLE, '--date', '2025-12-10', '--edition', '1', '--page', '3']

    const importing = startGroup('npm', [
      'run',
      '-s',
      'import:page',
      '--',
      ...args,
      '--images',
      images,
    ])
    await killWhen(
      importing,
      () => filesIn(mediaDir).some((file) => file.startsWith('2025-12-10-p3-')),
      'the import writing a photo',
    )

    // The transaction died with the process: not one story, photo, contributor or place of the
    // page — but the photo files it had written were left behind, named by no document.
    expect(await contentCounts(payload)).toEqual(before)
    const left = await mediaFolderCheck(payload)
    expect(left.orphans.length).toBeGreaterThan(0)
    expect(left.orphans.every((file) => file.startsWith('2025-12-10-p3-'))).toBe(true)

    // The next start removes them, and the import run again brings the whole page.
    await restart()
    expect(await mediaFolderCheck(payload)).toEqual({ photos: 0, orphans: [], missing: [] })
    const again = npmRun('import:page', [...args, '--images', images])
    expect(again.stderr).toBe('')
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('稿件 articles: 新建 created 5, 已有 matched 0')
    const after = await contentCounts(payload)
    expect(after.articles - before.articles).toBe(5)
    // The two supplied photos and four placeholders for the photos not supplied.
    expect(again.stdout).toContain('图片 media: 新建 created 6')
    expect(again.stdout).toContain('待补图 4 张')
    expect(after.media - before.media).toBe(6)
    expect(await mediaFolderCheck(payload)).toEqual({ photos: 6, orphans: [], missing: [] })
  }, 300_000)

  it('a photo upload killed while its sizes are written leaves no orphan files, and the next upload works', async () => {
    const large = path.join(scratch, 'large-upload.jpg')
    fs.writeFileSync(large, await noisyJpeg(2400, 1600))
    const next = await noisyJpeg(800, 600)
    const before = await mediaFolderCheck(payload)

    // Another writer holds SQLite's write lock meanwhile, as an import does for its seconds: the
    // upload's files go to disk and its document waits, so the kill surely lands between the two
    // (a loaded machine may not schedule this test within the milliseconds that otherwise separate
    // them).
    const otherWriter = await createLocalReq({}, payload)
    await initTransaction(otherWriter)
    await payload.create({
      collection: 'columns',
      data: { name: '占用写锁的栏目' },
      req: otherWriter,
      overrideAccess: true,
    })
    // The CMS's own setting: no SQLite transactions, so the document is stored as soon as written.
    const uploading = startGroup(
      process.execPath,
      ['--import', 'tsx', 'tests/helpers/uploadPhotoProcess.ts', large],
      { SQLITE_TRANSACTIONS: 'false' },
    )
    await killWhen(
      uploading,
      () => filesIn(mediaDir).some((file) => file.startsWith('large-upload')),
      'the upload writing its files',
    )
    await killTransaction(otherWriter)
    const killed = await mediaFolderCheck(payload)
    expect(killed.photos).toBe(before.photos)
    expect(killed.orphans.length).toBeGreaterThan(0)
    expect(killed.orphans.every((file) => file.startsWith('large-upload'))).toBe(true)

    await restart()
    expect(await mediaFolderCheck(payload)).toEqual(before)
    // The name the killed upload had is free again: nothing of it is left to collide with.
    const stored = await payload.create({
      collection: 'media',
      data: { alt: '重启后的上传' },
      file: { data: next, name: 'large-upload.jpg', mimetype: 'image/jpeg', size: next.length },
      overrideAccess: true,
    })
    expect(stored.filename).toBe('large-upload.jpg')
    expect(await mediaFolderCheck(payload)).toEqual({ ...before, photos: before.photos + 1 })
  })

  it('a backup killed while it copies the database leaves the database as it was and a folder restore refuses', async () => {
    const counts = await contentCounts(payload)
    const partial = path.join(scratch, 'backup-killed')
    const backingUp = startGroup('npm', ['run', '-s', 'backup', '--', '--out', partial])
    // The copy of the database appears first: from then on the database and every photo are still
    // to copy, a window wide enough for a loaded machine to kill in.
    await killWhen(
      backingUp,
      () => fs.existsSync(path.join(partial, 'county-news.db')),
      'the backup copying the database',
    )
    expect(fs.existsSync(path.join(partial, 'manifest.json'))).toBe(false)

    await restart()
    expect(await contentCounts(payload)).toEqual(counts)
    expect(await mediaFolderCheck(payload)).toMatchObject({ orphans: [], missing: [] })

    // Restore into an empty install refuses the partial folder and creates nothing there.
    const empty = path.join(scratch, 'empty-install')
    const restoreEnv = {
      DATA_DIR: empty,
      MEDIA_DIR: path.join(empty, 'media'),
      DATABASE_URI: `file:${path.join(empty, 'county-news.db')}`,
    }
    const refused = npmRun('restore', [partial], restoreEnv)
    expect(refused.status).toBe(1)
    expect(refused.stderr.trim()).toBe(`不是备份目录 (no manifest.json in ${partial})`)
    expect(fs.existsSync(path.join(empty, 'county-news.db'))).toBe(false)
    expect(fs.existsSync(path.join(empty, 'media'))).toBe(false)

    const complete = path.join(scratch, 'backup-again')
    const next = npmRun('backup', ['--out', complete])
    expect(next.stderr).toBe('')
    expect(next.status).toBe(0)
    const manifest = JSON.parse(
      fs.readFileSync(path.join(complete, 'manifest.json'), 'utf8'),
    ) as BackupManifest
    expect(manifest.counts).toEqual(counts)
    expect(Object.keys(manifest.media).sort()).toEqual(filesIn(mediaDir))
  })
})
