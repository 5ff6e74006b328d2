import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseAdapter } from '@/database'

// The SQLite adapter makes the folder its file will live in; nothing else is written.
const folder = path.join(os.tmpdir(), `county-news-adapter-${process.pid}`)
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe('choosing the database from DATABASE_URI', () => {
  it('uses the embedded SQLite adapter for file: URIs', () => {
    const uri = `file:${path.join(folder, 'x.db')}`
    expect(databaseAdapter(uri).name).toBe('sqlite')
  })

  it('uses the MongoDB adapter for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:27017/news').name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://cluster.example.cn/news').name).toBe('mongoose')
  })

  it('refuses any other scheme with a message naming the accepted ones, never the password', () => {
    const attempt = () => databaseAdapter('postgres://editor:s3cret@db.example.cn/news')
    expect(attempt).toThrow(/"postgres:" is not supported.*file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(attempt).not.toThrow(/s3cret/)
  })
})
