import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { storyKey, writeStoreFromSnapshot } from '#contract'
import type { PublicArticle, PublicProfile, PublicSnapshot } from '#contract'
import { Archive } from '../../builder/archive'
import { indexSite, type Site } from '../lib/site'

/** The hand-written fixture snapshot the site's tests and test builds use. */
export const FIXTURE_SNAPSHOT = path.resolve(
  import.meta.dirname,
  '../../../tests/fixtures/snapshot/public.json',
)

/** A fresh copy each call, so a test may change it freely. */
export const fixtureSnapshot = (): PublicSnapshot =>
  JSON.parse(fs.readFileSync(FIXTURE_SNAPSHOT, 'utf8')) as PublicSnapshot

/** A snapshot written as a public store in a temporary folder, read as the site builder reads it. */
export function archiveOf(snapshot: PublicSnapshot = fixtureSnapshot()): Archive {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-store-'))
  try {
    writeStoreFromSnapshot(snapshot, dir)
    const archive = new Archive(dir)
    // Read every story now: the folder goes away below.
    for (const entry of archive.stories) archive.story(entry)
    return archive
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The whole snapshot as one page's content, with the URLs the builder decides. */
export function fixtureSite(snapshot: PublicSnapshot = fixtureSnapshot()): Site {
  const archive = archiveOf(snapshot)
  const stories = archive.stories.map((e) => archive.story(e))
  return indexSite({
    generatedAt: snapshot.generatedAt,
    paper: snapshot.paper,
    regions: snapshot.regions,
    contributors: snapshot.contributors,
    columns: snapshot.columns,
    photos: snapshot.photos,
    articles: stories.filter((s): s is PublicArticle => s.type === 'article'),
    profiles: stories.filter((s): s is PublicProfile => s.type === 'profile'),
    editions: snapshot.editions,
    storyUrls: Object.fromEntries(archive.stories.map((e) => [storyKey(e), archive.urlOf(e)])),
    regionUrls: Object.fromEntries(snapshot.regions.map((r) => [r.id, archive.regionUrlOf(r.id)])),
  })
}
