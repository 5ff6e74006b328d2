import fs from 'node:fs'
import path from 'node:path'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * The environment a process needs for `allOrNothing` on SQLite. Payload leaves SQLite transactions
 * off by default, and the CMS server must keep them off: libsql hands the connection a transaction
 * takes to that transaction and opens a new one without a busy timeout, so two overlapping saves
 * would fail at once with SQLITE_BUSY. A seed or import process writes one thing at a time, so it
 * turns them on (`cms/src/database.ts` reads this).
 */
export const BATCH_ENV = { SQLITE_TRANSACTIONS: 'true' }

/** Seeds and imports create content in bulk: they must not queue a site build per document. */
export const BULK_WRITE_CONTEXT = { skipSiteBuild: true }

/** One all-or-nothing unit of work: every Local API call inside it passes `local`. */
export interface Transaction {
  payload: Payload
  req: PayloadRequest
  /** Options for every Local API call: the shared request (and so the transaction), as the system. */
  local: {
    req: PayloadRequest
    overrideAccess: true
    depth: 0
    context: typeof BULK_WRITE_CONTEXT
  }
  /**
   * Announces an upload by the file name it is given (without extension), so that on failure the
   * files Payload wrote for it — the original, its sizes, a de-duplicated `-1` copy — are removed.
   */
  willUpload: (baseName: string) => void
}

/** Thrown before anything is written when the database cannot roll back. */
export class NoTransactionsError extends Error {
  constructor() {
    super(
      '数据库未启用事务，无法保证全部写入或全部不写入，已停止 ' +
        '(the database runs without transactions, so an all-or-nothing import is impossible; ' +
        'on SQLite set SQLITE_TRANSACTIONS=true, MongoDB needs a replica set)',
    )
  }
}

const mediaDirOf = (payload: Payload): string =>
  payload.collections.media.config.upload.staticDir ?? ''

const listFiles = (dir: string): Set<string> =>
  new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : [])

/**
 * Runs `work` in one database transaction: it commits when `work` resolves; when it throws, the
 * rows roll back and the media files written meanwhile are deleted, since a rollback restores rows
 * but not files. Only files that did not exist before and carry an announced upload name are
 * touched, so uploads made by others in the meantime survive.
 */
export async function allOrNothing<T>(
  payload: Payload,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({ context: BULK_WRITE_CONTEXT }, payload)
  if (!(await initTransaction(req))) throw new NoTransactionsError()
  const mediaDir = mediaDirOf(payload)
  const before = listFiles(mediaDir)
  const uploads: string[] = []
  const tx: Transaction = {
    payload,
    req,
    local: { req, overrideAccess: true, depth: 0, context: BULK_WRITE_CONTEXT },
    willUpload: (baseName) => uploads.push(baseName),
  }
  try {
    const result = await work(tx)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    for (const file of listFiles(mediaDir)) {
      const ours = uploads.some(
        (base) => file.startsWith(`${base}.`) || file.startsWith(`${base}-`),
      )
      if (ours && !before.has(file)) fs.rmSync(path.join(mediaDir, file), { force: true })
    }
    throw error
  }
}
