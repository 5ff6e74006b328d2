/**
 * The one place the site reads the CMS: its public snapshot, read once per build, validated
 * (shape, version, references) and handed to Astro as one collection per kind of thing.
 */
import fs from 'node:fs/promises'

import type { Loader } from 'astro/loaders'
import { z } from 'astro/zod'
import { defineCollection } from 'astro:content'

import type { PublicSnapshot } from '../../cms/src/public/types'
import {
  articleSchema,
  columnSchema,
  contributorSchema,
  editionSchema,
  paperSchema,
  photoSchema,
  profileSchema,
  regionSchema,
} from './lib/schema'
import { contentPaths, readSnapshot } from './snapshot'

let cached: { key: string; snapshot: Promise<PublicSnapshot> } | undefined

/** Seven loaders share one read; a changed file (in `astro dev`) is read again. */
async function snapshotAt(siteRoot: URL): Promise<PublicSnapshot> {
  const file = contentPaths(siteRoot).snapshot
  const stat = await fs.stat(file).catch(() => null)
  const key = `${file}:${stat?.mtimeMs ?? 'missing'}`
  if (cached?.key !== key) cached = { key, snapshot: readSnapshot(file) }
  return cached.snapshot
}

type Listed = Exclude<keyof PublicSnapshot, 'version' | 'generatedAt' | 'paper'>

function snapshotLoader(part: Listed): Loader {
  return {
    name: `county-news-snapshot:${part}`,
    load: async ({ store, config, generateDigest }) => {
      const items = (await snapshotAt(config.root))[part]
      // Astro keeps its store between builds: without this, an unpublished story would linger.
      store.clear()
      for (const data of items) store.set({ id: data.id, data, digest: generateDigest(data) })
    },
  }
}

const snapshotInfo: Loader = {
  name: 'county-news-snapshot:info',
  load: async ({ store, config }) => {
    const { version, generatedAt, paper } = await snapshotAt(config.root)
    store.clear()
    store.set({ id: 'current', data: { version, generatedAt, paper } })
  },
}

export const collections = {
  snapshot: defineCollection({
    loader: snapshotInfo,
    schema: z.object({ version: z.literal(1), generatedAt: z.string(), paper: paperSchema }),
  }),
  regions: defineCollection({ loader: snapshotLoader('regions'), schema: regionSchema }),
  contributors: defineCollection({
    loader: snapshotLoader('contributors'),
    schema: contributorSchema,
  }),
  columns: defineCollection({ loader: snapshotLoader('columns'), schema: columnSchema }),
  photos: defineCollection({ loader: snapshotLoader('photos'), schema: photoSchema }),
  articles: defineCollection({ loader: snapshotLoader('articles'), schema: articleSchema }),
  profiles: defineCollection({ loader: snapshotLoader('profiles'), schema: profileSchema }),
  editions: defineCollection({ loader: snapshotLoader('editions'), schema: editionSchema }),
}
