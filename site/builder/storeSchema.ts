/**
 * Zod schemas for the public store's own files (cms/src/publicContent/store.ts) and for the whole snapshot
 * a store can be written from, checked at compile time against the CMS's types like the record
 * schemas they are built from (src/lib/schema.ts). The versions come from the contract, the one
 * place they are written; they stay out of src/lib/schema.ts, which the templates bundle and which
 * therefore imports nothing of the CMS but types.
 */
import { z } from 'astro/zod'

import {
  SNAPSHOT_VERSION,
  STORE_VERSION,
  type MonthFile,
  type PublicSnapshot,
  type StoreMeta,
  type StoryEntry,
} from '#contract'
import {
  articleSchema,
  columnSchema,
  contributorSchema,
  editionSchema,
  formerAddressSchema,
  id,
  isoDateTime,
  paperSchema,
  photoSchema,
  profileSchema,
  regionSchema,
  slug,
  type Assert,
  type Equals,
} from '../src/lib/schema'

const month = z.string().regex(/^\d{4}-\d{2}$/, 'expected a YYYY-MM month')

export const storeMetaSchema = z.object({
  version: z.literal(STORE_VERSION),
  paper: paperSchema,
  regions: z.array(regionSchema),
  contributors: z.array(contributorSchema),
  columns: z.array(columnSchema),
})

export const storyEntrySchema = z.object({
  type: z.enum(['article', 'profile']),
  id,
  slug,
  publishedAt: isoDateTime,
  month,
  countyId: id.nullable(),
  regionIds: z.array(id),
  columnId: id.nullable(),
  creditIds: z.array(id),
  narratorId: id.nullable(),
  photoIds: z.array(id),
  photographerIds: z.array(id),
  formerAddresses: z.array(formerAddressSchema),
  corrected: z.boolean(),
})

export const monthFileSchema = z.object({
  stories: z.array(z.discriminatedUnion('type', [articleSchema, profileSchema])),
  photos: z.array(photoSchema),
})

/** A whole snapshot (`npm run export:snapshot`, the test fixture). */
export const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  generatedAt: isoDateTime,
  paper: paperSchema,
  regions: z.array(regionSchema),
  contributors: z.array(contributorSchema),
  columns: z.array(columnSchema),
  photos: z.array(photoSchema),
  articles: z.array(articleSchema),
  profiles: z.array(profileSchema),
  editions: z.array(editionSchema),
})

export type StoreSchemasMatchCms = [
  Assert<Equals<z.infer<typeof snapshotSchema>, PublicSnapshot>>,
  Assert<Equals<z.infer<typeof storeMetaSchema>, StoreMeta>>,
  Assert<Equals<z.infer<typeof storyEntrySchema>, StoryEntry>>,
  Assert<Equals<z.infer<typeof monthFileSchema>, MonthFile>>,
]
