/**
 * Photo processing: a 12-megapixel camera JPEG uploaded through the CMS (`payload.create` on media
 * with the file: format and size checks, the metadata strip, the nine sizes, the database row, the
 * files) beside sharp making the same nine sizes with the same options directly, in the same
 * process, runs interleaved so drifting load falls on both alike. Two more timings attribute the
 * difference: the metadata strip's own work, and the nine sizes made the way Payload makes them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import exifr from 'exifr'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  Payload,
  TypeWithID,
} from 'payload'
import sharp, { type FormatEnum } from 'sharp'

import { IMAGE_SIZES } from '@/lib/imageSizes'
import type { User } from '@/payload-types'

import { ARCHIVE_SEED } from '../generate'
import { currentLoad } from '../lib/machine'
import { cameraPhoto } from '../lib/photos'
import { seedFor } from '../lib/random'
import { spread, type Spread } from '../lib/stats'

export type PhotoMeasurement = {
  width: number
  height: number
  inputBytes: number
  /** Upload through the CMS, per photo. */
  cmsMs: Spread
  /** The nine sizes and formats made by sharp directly (and written), per photo. */
  sharpMs: Spread
  /** CMS ÷ sharp, medians. */
  ratio: number
  profile: {
    /** What `stripPhotoMetadata` does: read the creator, re-encode the original upright, no EXIF. */
    stripMs: Spread
    /**
     * The nine sizes as Payload 3.90 makes them when the collection has a focal point (every upload
     * gets one, 50/50 by default): each size resized without JPEG shrink-on-load, encoded once to
     * learn its height, then cropped and encoded again.
     */
    payloadResizePathMs: Spread
  }
  /**
   * One more upload through the CMS with marks between its steps (collection hooks added for the
   * run): the checks and metadata strip (beforeOperation hooks), Payload's file data and nine sizes
   * (until beforeValidate), then validation, hooks, writing the files and the row (until afterChange).
   */
  uploadPhasesMs: { checksAndStrip: number; sizes: number; saveAndHooks: number; total: number }
  /** Bytes of each size the CMS stored. */
  sizes: Record<string, number>
  loadAtStart: number
}

type SizeConfig = {
  name: string
  width: number
  format: keyof FormatEnum
  options: Record<string, unknown>
}

const SIZES: SizeConfig[] = IMAGE_SIZES.map((size) => {
  const formatOptions = size.formatOptions as {
    format: keyof FormatEnum
    options?: Record<string, unknown>
  }
  return {
    name: size.name,
    width: size.width as number,
    format: formatOptions.format,
    options: formatOptions.options ?? {},
  }
})

/** Nine sizes from the original, in parallel as Payload runs them, written to `dir`. */
async function sharpDirect(input: Buffer, dir: string): Promise<void> {
  await Promise.all(
    SIZES.map(async (size) => {
      const data = await sharp(input)
        .rotate()
        .resize({ width: size.width, withoutEnlargement: true })
        .toFormat(size.format, size.options)
        .toBuffer()
      await fs.promises.writeFile(path.join(dir, `${size.name}.${size.format}`), data)
    }),
  )
}

/** Payload's `resizeWithFocalPoint` path (payload/dist/uploads/image-resizing/createImageSizes.js). */
async function payloadResizePath(input: Buffer): Promise<void> {
  const base = sharp(input).rotate()
  await base.metadata()
  await Promise.all(
    SIZES.map(async (size) => {
      const resized = base.clone().resize({ fastShrinkOnLoad: false, width: size.width })
      const { info } = await resized.toBuffer({ resolveWithObject: true })
      await resized
        .extract({ left: 0, top: 0, width: info.width, height: info.height })
        .toFormat(size.format, size.options)
        .toBuffer()
    }),
  )
}

/** The work of cms/src/collections/Media/hooks/stripPhotoMetadata.ts and the two format checks. */
async function strip(input: Buffer): Promise<Buffer> {
  await sharp(input).metadata()
  await sharp(input).metadata()
  await exifr.parse(input, { tiff: true, iptc: true, xmp: true, exif: false, gps: false })
  const image = sharp(input).rotate().keepIccProfile()
  await image.metadata()
  return image.jpeg({ quality: 92 }).toBuffer()
}

type UploadPhases = PhotoMeasurement['uploadPhasesMs']

/** An upload as `create` runs it for an editor, returning its id and what it stored. */
function upload(
  payload: Payload,
  editor: User & { collection: 'users' },
  input: Buffer,
  name: string,
) {
  return payload.create({
    collection: 'media',
    data: { alt: '基准测试照片', creditText: '本报' },
    file: { data: input, mimetype: 'image/jpeg', name, size: input.length },
    user: editor,
    overrideAccess: false,
    context: { skipSiteBuild: true },
    depth: 0,
  })
}

/** One upload with timing marks, from hooks added to the media collection for its duration. */
async function uploadWithPhases(
  payload: Payload,
  editor: User & { collection: 'users' },
  input: Buffer,
): Promise<{ id: number; phases: UploadPhases }> {
  const hooks = payload.collections.media.config.hooks
  const marks = { checked: 0, sized: 0, saved: 0 }
  const checked: CollectionBeforeOperationHook = ({ args }) => {
    marks.checked = performance.now()
    return args
  }
  const sized: CollectionBeforeValidateHook = ({ data }) => {
    marks.sized = performance.now()
    return data
  }
  const saved: CollectionAfterChangeHook<TypeWithID> = ({ doc }) => {
    marks.saved = performance.now()
    return doc
  }
  hooks.beforeOperation = [...(hooks.beforeOperation ?? []), checked]
  hooks.beforeValidate = [sized, ...(hooks.beforeValidate ?? [])]
  hooks.afterChange = [...(hooks.afterChange ?? []), saved]
  try {
    const started = performance.now()
    const doc = await upload(payload, editor, input, 'bench-upload-phases.jpg')
    const total = performance.now() - started
    return {
      id: doc.id,
      phases: {
        checksAndStrip: marks.checked - started,
        sizes: marks.sized - marks.checked,
        saveAndHooks: marks.saved - marks.sized,
        total,
      },
    }
  } finally {
    hooks.beforeOperation = hooks.beforeOperation.filter((h) => h !== checked)
    hooks.beforeValidate = hooks.beforeValidate.filter((h) => h !== sized)
    hooks.afterChange = hooks.afterChange.filter((h) => h !== saved)
  }
}

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now()
  await work()
  return performance.now() - started
}

export async function measurePhoto(
  payload: Payload,
  editorId: number,
  { runs, log }: { runs: number; log: (line: string) => void },
): Promise<PhotoMeasurement> {
  const width = 4000
  const height = 3000
  const input = await cameraPhoto(seedFor(ARCHIVE_SEED, 'upload'), width, height)
  const editor = {
    ...(await payload.findByID({
      collection: 'users',
      id: editorId,
      depth: 0,
      overrideAccess: true,
    })),
    collection: 'users' as const,
  } satisfies User & { collection: 'users' }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-bench-photo-'))
  const loadAtStart = currentLoad()
  const cms: number[] = []
  const direct: number[] = []
  const stripped: number[] = []
  const payloadPath: number[] = []
  let sizes: Record<string, number> = {}
  try {
    // Codecs load and caches warm on first use; neither side should pay for that in a timed run.
    await sharpDirect(input, scratch)
    const stored = await strip(input)
    for (let run = 1; run <= runs; run++) {
      let id: number | undefined
      cms.push(
        await timed(async () => {
          const doc = await upload(payload, editor, input, `bench-upload-${run}.jpg`)
          id = doc.id
          sizes = Object.fromEntries(
            Object.entries(doc.sizes ?? {}).map(([name, s]) => [
              name,
              (s as { filesize?: number | null }).filesize ?? 0,
            ]),
          )
        }),
      )
      direct.push(await timed(() => sharpDirect(input, scratch)))
      stripped.push(await timed(() => strip(input)))
      payloadPath.push(await timed(() => payloadResizePath(stored)))
      if (id !== undefined) {
        await payload.delete({
          collection: 'media',
          id,
          overrideAccess: true,
          context: { skipSiteBuild: true },
        })
      }
      log(
        `    photo ${run}/${runs}: CMS ${(cms.at(-1)! / 1000).toFixed(2)} s, sharp ${(direct.at(-1)! / 1000).toFixed(2)} s`,
      )
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  const profiled = await uploadWithPhases(payload, editor, input)
  await payload.delete({
    collection: 'media',
    id: profiled.id,
    overrideAccess: true,
    context: { skipSiteBuild: true },
  })
  const cmsMs = spread(cms)
  const sharpMs = spread(direct)
  return {
    width,
    height,
    inputBytes: input.length,
    cmsMs,
    sharpMs,
    ratio: cmsMs.median / sharpMs.median,
    profile: { stripMs: spread(stripped), payloadResizePathMs: spread(payloadPath) },
    uploadPhasesMs: profiled.phases,
    sizes,
    loadAtStart,
  }
}
