import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { UPLOAD_NOTES } from '../lib/uploadsInProgress'

export type BackupManifest = {
  createdAt: string
  database: 'sqlite' | 'mongodb'
  /** Documents per collection at the moment of the backup, to check a restore against. */
  counts: Record<string, number>
  /** sha256 of every media file, by path relative to the media folder. */
  media: Record<string, string>
}

const COUNTED = [
  'articles',
  'profiles',
  'editions',
  'media',
  'contributors',
  'regions',
  'columns',
  'users',
] as const

/**
 * What an install holds — documents per collection (trash included) and versions of each versioned
 * collection — for comparing a restore with its backup, or an install before and after an import.
 */
export async function contentCounts(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COUNTED) {
    counts[collection] = (
      await payload.count({ collection, overrideAccess: true, trash: true })
    ).totalDocs
  }
  for (const collection of ['articles', 'profiles', 'editions'] as const) {
    counts[`${collection}Versions`] = (
      await payload.countVersions({ collection, overrideAccess: true })
    ).totalDocs
  }
  return counts
}

/** Notes of uploads in progress (lib/uploadsInProgress.ts) are no photos: a backup leaves them. */
const isUploadNote = (mediaDir: string, file: string) =>
  path.relative(mediaDir, file).split(path.sep)[0] === UPLOAD_NOTES

export function mediaChecksums(mediaDir: string): Record<string, string> {
  const sums: Record<string, string> = {}
  if (!fs.existsSync(mediaDir)) return sums
  for (const entry of fs.readdirSync(mediaDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || isUploadNote(mediaDir, entry.parentPath)) continue
    const file = path.join(entry.parentPath, entry.name)
    sums[path.relative(mediaDir, file)] = crypto
      .createHash('sha256')
      .update(fs.readFileSync(file))
      .digest('hex')
  }
  return sums
}

type SqliteClient = { execute: (stmt: { sql: string; args: string[] }) => Promise<unknown> }

/**
 * A consistent copy of the database and the media folder in `outDir`. SQLite is copied with
 * `VACUUM INTO`, SQLite's own online snapshot (a plain file copy of a live WAL database can be
 * torn). The database goes first: every photo it references was written before its row, so the
 * media copied afterwards holds all of them.
 */
export async function backup(
  payload: Payload,
  { outDir, mediaDir }: { outDir: string; mediaDir: string },
) {
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length) {
    throw new Error(`备份目录不为空 (the backup folder is not empty): ${outDir}`)
  }
  fs.mkdirSync(outDir, { recursive: true })
  const isSqlite = payload.db.name === 'sqlite'
  const counts = await contentCounts(payload)
  if (isSqlite) {
    const client = (payload.db as unknown as { client: SqliteClient }).client
    await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(outDir, 'county-news.db')] })
  }
  fs.cpSync(mediaDir, path.join(outDir, 'media'), {
    recursive: true,
    errorOnExist: true,
    filter: (source) => !isUploadNote(mediaDir, source),
  })
  const manifest: BackupManifest = {
    createdAt: new Date().toISOString(),
    database: isSqlite ? 'sqlite' : 'mongodb',
    counts,
    media: mediaChecksums(path.join(outDir, 'media')),
  }
  // The manifest marks the folder complete, so it appears whole or not at all: a backup killed
  // while writing it leaves a folder restore refuses, not a truncated manifest.
  const manifestFile = path.join(outDir, 'manifest.json')
  fs.writeFileSync(`${manifestFile}.partial`, JSON.stringify(manifest, null, 2))
  fs.renameSync(`${manifestFile}.partial`, manifestFile)
  return manifest
}

/**
 * Puts a backup into an empty install: the SQLite file and the media folder. Refuses to overwrite
 * anything, so a mistyped command cannot destroy a running newsroom's data.
 */
export function restore({
  fromDir,
  databaseFile,
  mediaDir,
}: {
  fromDir: string
  databaseFile: string
  mediaDir: string
}): BackupManifest {
  const manifestFile = path.join(fromDir, 'manifest.json')
  if (!fs.existsSync(manifestFile)) throw new Error(`不是备份目录 (no manifest.json in ${fromDir})`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
  if (manifest.database !== 'sqlite') {
    throw new Error(
      'MongoDB 备份请用 mongorestore 恢复数据库 (restore a MongoDB backup with mongorestore; see README)',
    )
  }
  for (const existing of [databaseFile, `${databaseFile}-wal`]) {
    if (fs.existsSync(existing))
      throw new Error(`目标数据库已存在，只能恢复到空的安装 (refusing to overwrite ${existing})`)
  }
  if (fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length) {
    throw new Error(`目标图片目录不为空 (refusing to overwrite the media folder ${mediaDir})`)
  }
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  fs.copyFileSync(path.join(fromDir, 'county-news.db'), databaseFile, fs.constants.COPYFILE_EXCL)
  fs.cpSync(path.join(fromDir, 'media'), mediaDir, { recursive: true, errorOnExist: true })
  return manifest
}
