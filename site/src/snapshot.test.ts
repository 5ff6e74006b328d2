import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { contentPaths, readSnapshot } from './snapshot'
import { FIXTURE_SNAPSHOT, fixtureSnapshot } from './test/fixture'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-snapshot-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const write = (name: string, content: unknown) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

describe('contentPaths', () => {
  const root = new URL('file:///srv/county-news/site/')

  it('defaults to the snapshot and media folder inside the repository', () => {
    expect(contentPaths(root, {})).toEqual({
      snapshot: '/srv/county-news/var/snapshot/public.json',
      mediaDir: '/srv/county-news/cms/media',
    })
  })

  it('follows COUNTY_NEWS_SNAPSHOT and MEDIA_DIR', () => {
    expect(
      contentPaths(root, { COUNTY_NEWS_SNAPSHOT: '/data/s.json', MEDIA_DIR: '/data/media' }),
    ).toEqual({
      snapshot: '/data/s.json',
      mediaDir: '/data/media',
    })
  })
})

describe('readSnapshot', () => {
  it('reads the fixture', async () => {
    const snapshot = await readSnapshot(FIXTURE_SNAPSHOT)
    expect(snapshot.articles.length).toBeGreaterThan(20)
  })

  it('says how to make a snapshot when there is none', async () => {
    await expect(readSnapshot(path.join(dir, 'missing.json'))).rejects.toThrow(
      /Cannot read the public snapshot .*missing\.json.*export:snapshot.*COUNTY_NEWS_SNAPSHOT/,
    )
  })

  it('refuses a snapshot of another version before looking further', async () => {
    const file = write('v2.json', { version: 2 })
    await expect(readSnapshot(file)).rejects.toThrow(/has version 2; this site reads version 1/)
    await expect(readSnapshot(write('none.json', {}))).rejects.toThrow(/has version undefined/)
  })

  it('refuses text that is not JSON', async () => {
    await expect(readSnapshot(write('bad.json', '{"version":1,'))).rejects.toThrow(/is not JSON/)
  })

  it('says which field is wrong', async () => {
    const snapshot = fixtureSnapshot()
    snapshot.articles[0].slug = 'a/b'
    await expect(readSnapshot(write('slug.json', snapshot))).rejects.toThrow(
      /not what the site expects[\s\S]*articles\[0\]\.slug/,
    )
  })

  it('refuses a snapshot that points at things it does not hold', async () => {
    const snapshot = fixtureSnapshot()
    snapshot.articles[0].photoIds.push('999')
    await expect(readSnapshot(write('holes.json', snapshot))).rejects.toThrow(
      /incomplete:\n- article .* refers to photo 999/,
    )
  })
})
