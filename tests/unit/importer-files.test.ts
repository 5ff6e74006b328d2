import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'

import { findPageImages } from '../../seeds/importer/images'
import { placeholderJpeg } from '../../seeds/importer/placeholder'

let dir: string | null = null

afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = null
})

describe('findPageImages', () => {
  it('takes p1, p2, … in page order and leaves every other file unused', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-images-'))
    for (const name of [
      'p1.jpg',
      'P2.JPEG',
      'p2.png',
      'p3.webp',
      'p4.gif',
      'p9.jpg',
      'notes.txt',
    ]) {
      fs.writeFileSync(path.join(dir, name), '')
    }
    const { byNumber, unused } = findPageImages(dir, 6)
    expect([...byNumber].map(([n, file]) => [n, path.basename(file)])).toEqual([
      [2, 'P2.JPEG'],
      [1, 'p1.jpg'],
      [3, 'p3.webp'],
    ])
    expect(unused.sort()).toEqual(['notes.txt', 'p2.png', 'p4.gif', 'p9.jpg'])
  })
})

describe('placeholderJpeg', () => {
  it('is a 1200×800 grey JPEG', async () => {
    const meta = await sharp(await placeholderJpeg()).stats()
    const { width, height, format } = await sharp(await placeholderJpeg()).metadata()
    expect({ width, height, format }).toEqual({ width: 1200, height: 800, format: 'jpeg' })
    // Grey: the three channels agree.
    expect(new Set(meta.channels.map((channel) => Math.round(channel.mean)))).toHaveProperty(
      'size',
      1,
    )
  })
})
