import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'

import { draftListIndexes } from './draftListIndexes'
import { migrations } from './migrations'

const ACCEPTED =
  'file:<path> (embedded SQLite, the default), mongodb://… or mongodb+srv://… (MongoDB)'

/**
 * Picks the database adapter from DATABASE_URI. Everything else talks to Payload's APIs only, so
 * the same code runs on both.
 */
export function databaseAdapter(
  uri: string,
  { sqliteTransactions = false }: { sqliteTransactions?: boolean } = {},
): DatabaseAdapterObj {
  if (uri.startsWith('file:')) {
    fs.mkdirSync(path.dirname(uri.slice('file:'.length)), { recursive: true })
    return sqliteAdapter({
      client: { url: uri },
      // Without AUTOINCREMENT SQLite reuses the id of a deleted row, so a deleted user's token
      // could name the next user created.
      autoIncrement: true,
      // WAL lets the site build read while editors write; the busy timeout rides out the overlap.
      wal: true,
      busyTimeout: 5000,
      // Off (Payload's default for SQLite) unless a batch process asks: see env.sqliteTransactions.
      ...(sqliteTransactions ? { transactionOptions: {} } : {}),
      // Schema changes are pushed automatically only outside production; a production start
      // applies the committed migrations instead.
      prodMigrations: migrations,
      // Indexes a collection config cannot declare (see draftListIndexes.ts).
      afterSchemaInit: [draftListIndexes],
      migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    })
  }
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    return mongooseAdapter({ url: uri })
  }
  // Only the scheme is echoed: the rest of a URI may carry a password.
  const scheme = uri.split(':')[0] || '(empty)'
  throw new Error(`DATABASE_URI scheme "${scheme}:" is not supported. Use ${ACCEPTED}.`)
}
