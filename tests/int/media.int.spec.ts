import exifr from 'exifr'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, User } from '@/payload-types'
import { IMAGE_SIZES } from '@/lib/imageSizes'
import { paragraphsToLexical } from '@/lib/lexical'

import { createNewsroom, storyData } from '../helpers/fixtures'
import {
  cameraJpeg,
  decompressionBombPng,
  filesIn,
  HTML_AS_JPEG,
  noisyJpeg,
  SECRET_LENS,
  SECRET_SERIAL,
  SVG_WITH_SCRIPT,
} from '../helpers/images'
import { startCMS, type TestCMS } from '../helpers/payload'
import { signOffAll, type Reviewers } from '../helpers/review'

/**
 * The EXIF tags of an image in any format sharp reads (JPEG, WebP, AVIF), from the EXIF block sharp
 * finds in it; {} when it has none. Throws when the block cannot be parsed: unreadable is not clean.
 */
async function exifTags(bytes: Buffer): Promise<Record<string, unknown>> {
  const { exif } = await sharp(bytes).metadata()
  if (!exif) return {}
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif
  const tags = await exifr.parse(tiff, { ifd0: {}, exif: true, gps: true, interop: true })
  if (!tags) throw new Error('the image has an EXIF block that could not be read')
  return tags as Record<string, unknown>
}

let cms: TestCMS
let payload: Payload
let reporter: User
let editor: User
let reviewers: Reviewers
let mediaDir: string

const upload = (data: Buffer, name: string, mimetype: string, fields: Partial<Media> = {}) =>
  payload.create({
    collection: 'media',
    data: { alt: '测试图片', ...fields },
    file: { data, name, mimetype, size: data.length },
    user: reporter,
    overrideAccess: false,
  })

/** Every file the CMS wrote for an upload: the original and each size. */
const storedFiles = (doc: Media) => [
  doc.filename as string,
  ...Object.values(doc.sizes ?? {}).map((s) => s?.filename as string),
]

/** Uploads that must be refused leave no document and no file behind. */
async function expectRejectedAndNothingStored(attempt: () => Promise<unknown>, message: RegExp) {
  const docsBefore = (await payload.count({ collection: 'media' })).totalDocs
  const filesBefore = filesIn(mediaDir)
  await expect(attempt()).rejects.toThrow(message)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(docsBefore)
  expect(filesIn(mediaDir)).toEqual(filesBefore)
}

beforeAll(async () => {
  // A 4 MB limit keeps the oversize photo small enough to make quickly.
  cms = await startCMS({ MAX_UPLOAD_MB: '4' })
  payload = cms.payload
  mediaDir = path.join(cms.dir, 'media')
  ;({ reporter, editor, reviewers } = await createNewsroom(payload))
  await payload.create({
    collection: 'contributors',
    data: { name: '王正佳', defaultRole: 'correspondent' },
  })
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('a photo upload', () => {
  let photo: Media

  beforeAll(async () => {
    photo = await upload(await cameraJpeg({ creator: '王正佳' }), 'IMG_0042.jpg', 'image/jpeg', {
      caption: '图为测试。',
    })
  })

  it('writes every size in AVIF, WebP and JPEG', async () => {
    expect(Object.keys(photo.sizes ?? {}).sort()).toEqual(IMAGE_SIZES.map((s) => s.name).sort())
    for (const size of IMAGE_SIZES) {
      const stored = photo.sizes?.[size.name as keyof NonNullable<Media['sizes']>]
      const bytes = fs.readFileSync(path.join(mediaDir, stored?.filename as string))
      const meta = await sharp(bytes).metadata()
      expect(meta.width).toBe(Math.min(size.width as number, 2000))
      const expected = size.formatOptions?.format === 'avif' ? 'heif' : size.formatOptions?.format
      expect(meta.format).toBe(expected)
    }
  })

  it('reads GPS and serial numbers in JPEG, WebP and AVIF alike, so their absence below means something', async () => {
    const original = await cameraJpeg({ width: 400, height: 300 })
    for (const format of ['jpeg', 'webp', 'avif'] as const) {
      const bytes = await sharp(original).keepExif().toFormat(format).toBuffer()
      const tags = await exifTags(bytes)
      expect(tags, format).toHaveProperty('GPSLatitude')
      expect(tags, format).toMatchObject({ SerialNumber: SECRET_SERIAL })
    }
  })

  it('keeps no GPS position or camera serial number in the original or any size', async () => {
    for (const filename of storedFiles(photo)) {
      const bytes = fs.readFileSync(path.join(mediaDir, filename))
      const tags = await exifTags(bytes)
      expect(tags, filename).not.toHaveProperty('GPSLatitude')
      expect(tags, filename).not.toHaveProperty('GPSLongitude')
      expect(tags, filename).not.toHaveProperty('SerialNumber')
      expect(tags, filename).not.toHaveProperty('LensSerialNumber')
      expect(bytes.includes(Buffer.from(SECRET_SERIAL)), filename).toBe(false)
      expect(bytes.includes(Buffer.from(SECRET_LENS)), filename).toBe(false)
    }
  })

  it('credits the photographer named in the file when the uploader gave no credit', async () => {
    expect(photo.photographer).toMatchObject({ name: '王正佳' })
    const agency = await upload(
      await cameraJpeg({ artist: 'Xinhua', width: 600, height: 400 }),
      'wire.jpg',
      'image/jpeg',
    )
    expect(agency.photographer).toBeFalsy()
    expect(agency.creditText).toBe('Xinhua')
  })

  it('keeps the credit the uploader gave', async () => {
    const given = await upload(
      await cameraJpeg({ creator: '王正佳', width: 600, height: 400 }),
      'given.jpg',
      'image/jpeg',
      {
        creditText: '新华社',
      },
    )
    expect(given.creditText).toBe('新华社')
    expect(given.photographer).toBeFalsy()
  })
})

describe('a refused upload', () => {
  it('refuses an SVG, even one declaring itself a JPEG', async () => {
    await expectRejectedAndNothingStored(
      () => upload(SVG_WITH_SCRIPT, 'logo.svg', 'image/svg+xml'),
      /JPEG、PNG、WebP、AVIF/,
    )
    await expectRejectedAndNothingStored(
      () => upload(SVG_WITH_SCRIPT, 'logo.jpg', 'image/jpeg'),
      /JPEG、PNG、WebP、AVIF/,
    )
  })

  it('refuses an HTML page renamed .jpg', async () => {
    await expectRejectedAndNothingStored(
      () => upload(HTML_AS_JPEG, 'photo.jpg', 'image/jpeg'),
      /JPEG、PNG、WebP、AVIF/,
    )
  })

  it('refuses a photo over the size limit', async () => {
    const big = await noisyJpeg(2400, 2400)
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024)
    await expectRejectedAndNothingStored(() => upload(big, 'huge.jpg', 'image/jpeg'), /4 MB/)
  })

  it('refuses a decompression bomb from its header, without decoding it', async () => {
    const bomb = await decompressionBombPng()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const rssBefore = process.memoryUsage().rss
    await expectRejectedAndNothingStored(() => upload(bomb, 'bomb.png', 'image/png'), /17000×17000/)
    // Decoding it would take 867 MB; refusing it from the header takes next to nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024)
  })
})

describe('publishing photos', () => {
  /** A photo uploaded with neither a photographer nor a credit. */
  async function uncreditedPhoto(name: string): Promise<Media> {
    const data = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#abc' },
    })
      .png()
      .toBuffer()
    const photo = await payload.create({
      collection: 'media',
      data: { alt: `无署名 ${name}` },
      file: { data, name, mimetype: 'image/png', size: data.length },
    })
    expect(photo.photographer ?? photo.creditText ?? null).toBeNull()
    return photo
  }

  const publish = (collection: 'articles' | 'profiles', id: number) =>
    payload.update({
      collection,
      id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })

  /** The refusal, naming the field that shows the photo. */
  const noCredit = (path: string, photo: Media) => ({
    data: {
      errors: [
        {
          path,
          message: `发布前请为这些图片填写摄影者或来源署名 (photos need a credit before publishing): ${photo.filename}`,
        },
      ],
    },
  })

  it('refuses to publish a story whose photo has no credit, and publishes once it has one', async () => {
    const photo = await uncreditedPhoto('bare.png')
    const story = await payload.create({
      collection: 'articles',
      data: storyData('带图稿件', { leadPhoto: photo.id }),
      draft: true,
    })
    await signOffAll(payload, reviewers, 'articles', story.id)
    await expect(publish('articles', story.id)).rejects.toMatchObject(noCredit('leadPhoto', photo))
    expect((await payload.findByID({ collection: 'articles', id: story.id }))._status).toBe('draft')
    await payload.update({ collection: 'media', id: photo.id, data: { creditText: '本报资料' } })
    expect((await publish('articles', story.id))._status).toBe('published')
  })

  it("names a profile's photos, not a lead photo it does not have, when one lacks a credit", async () => {
    const portrait = await uncreditedPhoto('portrait.png')
    const narrator = await payload.create({
      collection: 'contributors',
      data: { name: '阿里木·司马义', defaultRole: 'guest' },
    })
    const profile = await payload.create({
      collection: 'profiles',
      data: {
        title: '口述：无署名肖像',
        narrator: { contributor: narrator.id },
        chapters: [{ body: paragraphsToLexical(['我今年44岁。']) }],
        photos: [portrait.id],
      },
      draft: true,
    })
    await signOffAll(payload, reviewers, 'profiles', profile.id)
    await expect(publish('profiles', profile.id)).rejects.toMatchObject(
      noCredit('photos', portrait),
    )
  })
})
