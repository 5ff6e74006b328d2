/**
 * Zod schemas for the public store's own files (cms/src/public/store.ts), checked at compile time
 * against its types like the record schemas they are built from (src/lib/schema.ts).
 */
import { z } from 'astro/zod'

import { STORE_VERSION, type MonthFile, type StoreMeta, type StoryEntry } from '#contract'
import {
  articleSchema,
  columnSchema,
  contributorSchema,
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

export type StoreSchemasMatchCms = [
  Assert<Equals<z.infer<typeof storeMetaSchema>, StoreMeta>>,
  Assert<Equals<z.infer<typeof storyEntrySchema>, StoryEntry>>,
  Assert<Equals<z.infer<typeof monthFileSchema>, MonthFile>>,
]
