/**
 * Zod schemas for the records of the CMS's public snapshot, checked at compile time against the
 * CMS's own types (`cms/src/publicContent/types.ts`): if either side changes shape, `astro check` fails on
 * the assertions at the bottom. The schemas of the store's files and of the whole snapshot, which
 * carry the contract's versions, are built from these in builder/storeSchema.ts.
 */
import { z } from 'astro/zod'

import type {
  PublicArticle,
  PublicColumn,
  PublicContributor,
  PublicCorrection,
  PublicEdition,
  PublicPaper,
  PublicPhoto,
  PublicProfile,
  PublicRegion,
} from '#contract'

// Ids are strings in the snapshot: numbers on SQLite and ObjectIds on MongoDB read alike.
export const id = z.string().min(1)
// Slugs become path segments: anything that would split a URL path or need escaping is refused.
export const slug = z
  .string()
  .regex(/^[^/?#\s.<>"'&][^/?#\s<>"'&]*$/, 'a slug must be a single, plain URL path segment')
const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date')
export const isoDateTime = z.iso.datetime({ offset: true })

export const regionSchema = z.object({
  id,
  name: z.string().min(1),
  slug,
  level: z.enum(['prefecture', 'county', 'town', 'community']),
  parentId: id.nullable(),
  countyId: id.nullable(),
  ancestry: z.array(id),
  order: z.number().nullable(),
})

export const contributorSchema = z.object({
  id,
  name: z.string().min(1),
  slug,
  defaultRole: z.enum(['staff', 'correspondent', 'photographer', 'guest']),
  affiliation: z.string().nullish(),
  bio: z.string().nullish(),
})

export const columnSchema = z.object({
  id,
  name: z.string().min(1),
  slug,
  description: z.string().nullish(),
})

const imageFileSchema = z.object({
  // The media folder is copied file by file, so a name must never climb out of it.
  filename: z
    .string()
    .regex(/^(?!\.)[^/\\]+$/, 'a media filename must be a plain file name inside the media folder'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.string(),
  filesize: z.number().nonnegative(),
})

export const PHOTO_WIDTH_NAMES = ['thumbnail', 'card', 'full'] as const
export const PHOTO_FORMAT_NAMES = ['avif', 'webp', 'jpeg'] as const

export const photoSchema = z.object({
  id,
  alt: z.string(),
  caption: z.string().nullable(),
  credit: z.object({ name: z.string().min(1), contributorId: id.nullable() }).nullable(),
  dateTaken: z.string().nullable(),
  regionId: id.nullable(),
  focalX: z.number().nullable(),
  focalY: z.number().nullable(),
  original: imageFileSchema,
  sizes: z.partialRecord(
    z.enum(PHOTO_WIDTH_NAMES),
    z.partialRecord(z.enum(PHOTO_FORMAT_NAMES), imageFileSchema),
  ),
})

export const paperSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  masthead: z.string().min(1),
  description: z.string().min(1),
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'expected an IANA time zone such as Asia/Shanghai'),
  dateline: z.string(),
  siteUrl: z.string().nullable(),
  areaId: id.nullable(),
  logo: photoSchema.nullable(),
})

const bylineRoleSchema = z.enum([
  'reporter',
  'correspondent',
  'photographer',
  'compiler',
  'narrator',
])

const bodyBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('html'), html: z.string() }),
  z.object({ kind: z.literal('photo'), photoId: id, caption: z.string().nullable() }),
])

export const formerAddressSchema = z.object({
  countyId: id.nullable(),
  publishedAt: isoDateTime,
  slug,
})

export const correctionSchema = z.object({
  id,
  date: isoDateTime,
  wrong: z.string().min(1),
  right: z.string().min(1),
  amendedAt: isoDateTime.nullable(),
})

const storyCommon = {
  id,
  slug,
  kicker: z.string().nullable(),
  title: z.string().min(1),
  subtitle: z.string().nullable(),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime,
  regionIds: z.array(id),
  countyId: id.nullable(),
  columnId: id.nullable(),
  photoIds: z.array(id),
  formerAddresses: z.array(formerAddressSchema),
  excerpt: z.string(),
  corrections: z.array(correctionSchema).optional(),
}

export const articleSchema = z.object({
  ...storyCommon,
  type: z.literal('article'),
  dateline: z.string().nullable().or(z.undefined()),
  bylines: z.array(
    z.object({ contributorId: id, name: z.string().min(1), role: bylineRoleSchema }),
  ),
  leadPhotoId: id.nullable(),
  body: z.array(bodyBlockSchema),
})

export const profileSchema = z.object({
  ...storyCommon,
  type: z.literal('profile'),
  narrator: z.object({
    // Empty when the narrator's contributor record is gone; the name still prints.
    contributorId: z.string(),
    name: z.string(),
    age: z.number().int().nullable().or(z.undefined()),
    occupation: z.string().nullable(),
    regionId: id.nullable(),
  }),
  compiler: z.object({ contributorId: id, name: z.string().min(1) }).nullable(),
  chapters: z.array(
    z.object({ subheading: z.string().nullable(), body: z.array(bodyBlockSchema) }),
  ),
})

const storyRefSchema = z.object({ type: z.enum(['article', 'profile']), id })
const fraction = z.number().min(0).max(1)

export const editionSchema = z.object({
  id,
  number: z.number().int().nullish(),
  date: ymd,
  pages: z.array(
    z.object({
      number: z.number().int().positive(),
      name: z.string().nullable(),
      stories: z.array(storyRefSchema),
      print: z
        .object({
          original: imageFileSchema,
          sizes: photoSchema.shape.sizes,
          pdf: z
            .object({
              filename: imageFileSchema.shape.filename.regex(/\.pdf$/),
              filesize: z.number().nonnegative(),
            })
            .nullable(),
        })
        .nullish(),
      areas: z
        .array(
          z.object({
            story: storyRefSchema,
            x: fraction,
            y: fraction,
            w: fraction,
            h: fraction,
          }),
        )
        .optional(),
    }),
  ),
})

/*
 * Compile-time drift check: each schema's output must be exactly the CMS's type, field for field,
 * optional for optional, so the content collections hand pages the CMS's own types. `Flatten`
 * only resolves the CMS's intersections (`Pick<…> & {…}`) into plain object types.
 */
export type Flatten<T> = T extends readonly (infer E)[]
  ? Flatten<E>[]
  : T extends object
    ? { [K in keyof T]: Flatten<T[K]> }
    : T
export type Equals<A, B> =
  (<X>() => X extends Flatten<A> ? 1 : 2) extends <X>() => X extends Flatten<B> ? 1 : 2
    ? true
    : false
export type Assert<T extends true> = T

export type SchemaMatchesCms = [
  Assert<Equals<z.infer<typeof paperSchema>, PublicPaper>>,
  Assert<Equals<z.infer<typeof regionSchema>, PublicRegion>>,
  Assert<Equals<z.infer<typeof contributorSchema>, PublicContributor>>,
  Assert<Equals<z.infer<typeof columnSchema>, PublicColumn>>,
  Assert<Equals<z.infer<typeof correctionSchema>, PublicCorrection>>,
  Assert<Equals<z.infer<typeof photoSchema>, PublicPhoto>>,
  Assert<Equals<z.infer<typeof articleSchema>, PublicArticle>>,
  Assert<Equals<z.infer<typeof profileSchema>, PublicProfile>>,
  Assert<Equals<z.infer<typeof editionSchema>, PublicEdition>>,
]
