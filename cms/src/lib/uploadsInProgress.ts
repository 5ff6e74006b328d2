import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'

import { processStat } from './processStat'

/**
 * Payload writes an upload's original and its sizes before it stores the document that names
 * them, and a page import stores that document in a transaction it commits only at the end. A
 * process killed in between (SIGKILL, the OOM killer, a power cut) leaves files no document
 * names. So each upload first notes its files here, beside them, for every process writing into
 * the same folder to see; the note is dropped once the document is stored for good.
 */
type Note = { pid: number; collection: CollectionSlug; filename: string; files: string[] }

/** The notes' folder inside a media folder: state of running processes, not content to back up. */
export const UPLOAD_NOTES = '.uploading'

const notesDir = (staticDir: string) => path.join(staticDir, UPLOAD_NOTES)

/**
 * One note per process and file name: the writer finds its own note again without state. The name
 * is hashed: a file name may take the 150 bytes we allow, three times that once percent-encoded,
 * past the 255 a file system allows a name.
 */
const notePath = (staticDir: string, pid: number, filename: string) =>
  path.join(
    notesDir(staticDir),
    `${pid}-${crypto.createHash('sha256').update(filename).digest('hex').slice(0, 32)}.json`,
  )

/** Notes the files an upload is about to write (the original and every size). */
export function noteUpload(staticDir: string, note: Omit<Note, 'pid'>): void {
  fs.mkdirSync(notesDir(staticDir), { recursive: true })
  fs.writeFileSync(
    notePath(staticDir, process.pid, note.filename),
    JSON.stringify({ ...note, pid: process.pid }),
  )
}

/** Drops this process's note of an upload whose document is stored for good. */
export function forgetUpload(staticDir: string, filename: string): void {
  fs.rmSync(notePath(staticDir, process.pid, filename), { force: true })
}

/** Whether a process is running (a process of another user still counts). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  // A killed process nobody has collected yet still answers the signal — for seconds or longer
  // when orphans wait for a slow init, as in some containers — but it is dead (Linux: state Z).
  // Elsewhere a process that answers is taken for running, which only keeps its note longer.
  return processStat(pid)?.state !== 'Z'
}

/**
 * At start-up: the notes of processes that died (this process's own id included: a restarted
 * container may be given its predecessor's) name uploads they may have left half-written. An
 * upload whose document exists is kept; the files of one without are removed, each with a warning.
 * Notes of running processes are theirs, so an import running beside a starting CMS is untouched.
 */
export async function removeHalfWrittenUploads(payload: Payload): Promise<void> {
  const folders = new Set(
    Object.values(payload.collections)
      .map(({ config }) => (config.upload ? config.upload.staticDir : undefined))
      .filter((dir): dir is string => Boolean(dir)),
  )
  for (const staticDir of folders) {
    const dir = notesDir(staticDir)
    if (!fs.existsSync(dir)) continue
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name)
      let note: Note
      try {
        note = JSON.parse(fs.readFileSync(file, 'utf8')) as Note
      } catch {
        // A note cut short by the kill itself: its upload had not begun writing files.
        fs.rmSync(file, { force: true })
        continue
      }
      if (note.pid !== process.pid && isRunning(note.pid)) continue
      const { totalDocs } = await payload.count({
        collection: note.collection,
        where: { filename: { equals: note.filename } },
        overrideAccess: true,
        trash: true,
      })
      if (totalDocs === 0) {
        const left = note.files.filter((f) => fs.existsSync(path.join(staticDir, f)))
        for (const f of left) fs.rmSync(path.join(staticDir, f), { force: true })
        if (left.length) {
          payload.logger.warn(
            `已删除中断的上传留下的 ${left.length} 个文件：${note.filename} (removed ${left.length} files of an upload cut short by a dead process: ${left.join(', ')})`,
          )
        }
      }
      fs.rmSync(file, { force: true })
    }
  }
}
