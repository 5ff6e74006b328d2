/**
 * 电子版 printed pages through the real CMS: a PDF made by Chromium uploaded as a page is rendered
 * once and sized like photos, its PDF kept; placed on an edition page, its stories' areas are
 * proposed from the text layer where the stories really are; hostile files are refused with a
 * Chinese message and leave nothing behind; the importer attaches a page and proposes its areas.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, PagePrint, User } from '@/payload-types'
import { IMAGE_SIZES } from '@/lib/imageSizes'

import { importPage } from '../../seeds/importer/importPage'
import { readPagePrintFile } from '../../seeds/importer/pagePrint'
import { SAMPLE_PAGE } from '../../seeds/data/sampleIssue'
import { BATCH_ENV } from '../../seeds/lib/allOrNothing'
import { setUpTestArea } from '../helpers/area'
import { createNewsroom, storyData } from '../helpers/fixtures'
import { decompressionBombPng, filesIn } from '../helpers/images'
import { hostilePdfs, iou, PAGE_STORIES, testPagePdf } from '../helpers/pagePrints'
import { startCMS, type TestCMS } from '../helpers/payload'
import { signOffAll, type Reviewers } from '../helpers/review'
import { readPublicEditions } from '@/publicContent/loadPublicContent'
import type { PublicEdition } from '@/publicContent/types'
import { paragraphsToLexical } from '@/lib/lexical'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let mediaDir: string

const uploadPrint = (data: Buffer, name: string, mimetype: string) =>
  payload.create({
    collection: 'page-prints',
    data: {},
    file: { data, name, mimetype, size: data.length },
    user: editor,
    overrideAccess: false,
  })

beforeAll(async () => {
  cms = await startCMS(BATCH_ENV)
  payload = cms.payload
  ;({ editor, reviewers } = await createNewsroom(payload))
  mediaDir = payload.collections['page-prints'].config.upload.staticDir as string
}, 120_000)

afterAll(async () => {
  await cms?.cleanup()
})

describe('a printed page uploaded as PDF', () => {
  let print: PagePrint
  let boxes: Awaited<ReturnType<typeof testPagePdf>>['boxes']
  const stories: Article[] = []
  let editionId: number

  beforeAll(async () => {
    const made = await testPagePdf()
    boxes = made.boxes
    print = await uploadPrint(made.pdf, '第3版.pdf', 'application/pdf')
  }, 180_000)

  it('is stored as a print-resolution image in every photo size, with its PDF for download', () => {
    expect(print.mimeType).toBe('image/jpeg')
    // 330 mm at 300 dpi.
    expect(print.width).toBeGreaterThan(3800)
    for (const size of IMAGE_SIZES) {
      const file = (print.sizes as Record<string, { filename?: string | null }>)[size.name]
      expect(file?.filename, size.name).toBeTruthy()
      expect(fs.existsSync(path.join(mediaDir, file.filename!)), size.name).toBe(true)
    }
    expect(print.pdfFilename).toMatch(/\.pdf$/)
    const pdf = fs.readFileSync(path.join(mediaDir, print.pdfFilename!))
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(print.pdfFilesize).toBe(pdf.length)
  })

  it('proposes each story’s area where the story is printed, and says it found them', async () => {
    for (const story of PAGE_STORIES) {
      stories.push(
        await payload.create({
          collection: 'articles',
          data: {
            ...storyData(story.title),
            kicker: story.kicker ?? null,
            subtitle: story.subtitle ?? null,
            body: paragraphsToLexical(story.paragraphs),
          },
          draft: true,
        }),
      )
    }
    const edition = await payload.create({
      collection: 'editions',
      data: {
        date: '2025-12-10T12:00:00.000Z',
        number: 1,
        pages: [
          {
            number: 3,
            name: '县市新闻',
            print: print.id,
            stories: stories.map((s) => ({ relationTo: 'articles' as const, value: s.id })),
          },
        ],
      },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    editionId = edition.id
    const page = edition.pages![0]
    expect(page.areas).toHaveLength(PAGE_STORIES.length)
    for (const [i, story] of PAGE_STORIES.entries()) {
      const area = page.areas!.find(
        (a) =>
          a.story.value === stories[i].id || (a.story.value as { id: number }).id === stories[i].id,
      )
      const known = boxes.find((b) => b.key === story.key)!
      expect(area, story.title).toBeDefined()
      expect(iou(area!, known), story.title).toBeGreaterThanOrEqual(0.8)
    }
    expect(page.areaReport).toBe(
      `已从 PDF 识别：${PAGE_STORIES.map((s) => `《${s.title}》`).join('、')}`,
    )
  })

  it('reaches readers only through the public store, once its edition is published', async () => {
    await expect(
      payload.find({ collection: 'page-prints', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const mine = (editions: PublicEdition[]) => editions.find((e) => e.id === String(editionId))
    expect(mine(await readPublicEditions(payload, () => true))).toBeUndefined()
    for (const story of stories) await signOffAll(payload, reviewers, 'articles', story.id)
    await payload.update({
      collection: 'editions',
      id: editionId,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    const notLive = `article:${stories[2].id}`
    const page = mine(await readPublicEditions(payload, (key) => key !== notLive))!.pages[0]
    expect(page.print?.original.filename).toBe(print.filename)
    expect(page.print?.pdf).toEqual({ filename: print.pdfFilename, filesize: print.pdfFilesize })
    expect(Object.keys(page.print!)).toEqual(['original', 'sizes', 'pdf'])
    expect(page.areas!.map((a) => `${a.story.type}:${a.story.id}`)).toEqual(
      stories.slice(0, 2).map((s) => `article:${s.id}`),
    )
  })
})

describe('a printed page that must be refused', () => {
  it('refuses each hostile PDF with a Chinese message, leaving no file and no row', async () => {
    for (const { name, pdf, message } of await hostilePdfs()) {
      const files = filesIn(mediaDir)
      const { totalDocs } = await payload.count({ collection: 'page-prints' })
      const refused = await uploadPrint(pdf, name, 'application/pdf').then(
        () => null,
        (error: { status?: number; message: string }) => error,
      )
      expect(refused, name).not.toBeNull()
      expect(refused!.status, name).toBe(400)
      expect(refused!.message, name).toMatch(message)
      expect(filesIn(mediaDir), name).toEqual(files)
      expect((await payload.count({ collection: 'page-prints' })).totalDocs, name).toBe(totalDocs)
    }
  }, 180_000)

  it('refuses a page image of absurd pixel size before decoding it', async () => {
    const files = filesIn(mediaDir)
    const bomb = await decompressionBombPng()
    await expect(uploadPrint(bomb, 'bomb.png', 'image/png')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/百万像素上限/),
    })
    expect(filesIn(mediaDir)).toEqual(files)
  })
})

describe('import:page with --page-pdf', () => {
  it('attaches the printed page to the imported page and proposes every story’s area', async () => {
    await setUpTestArea(payload)
    const report = await importPage(payload, {
      text: fs.readFileSync(SAMPLE_PAGE.file, 'utf8'),
      date: '2025-12-11',
      edition: 2,
      page: 3,
      pageName: '县市新闻',
      imagesDir: null,
      print: readPagePrintFile(SAMPLE_PAGE.print),
    })
    expect(report.areas).toEqual(report.stories.map((s) => ({ title: s.title, found: true })))
    const edition = await payload.findByID({
      collection: 'editions',
      id: report.edition.id,
      draft: true,
      depth: 1,
    })
    const page = edition.pages!.find((p) => p.number === 3)!
    const print = page.print as PagePrint
    expect(print.pdfFilename).toBe('2025-12-11-page-3.pdf')
    expect(fs.existsSync(path.join(mediaDir, print.pdfFilename!))).toBe(true)
    expect(page.areas).toHaveLength(report.stories.length)
    // Each area inside the page, and no two stories' areas overlapping much.
    for (const area of page.areas!) {
      expect(area.x + area.w).toBeLessThanOrEqual(1)
      expect(area.y + area.h).toBeLessThanOrEqual(1)
    }
    for (const [i, a] of page.areas!.entries()) {
      for (const b of page.areas!.slice(i + 1)) expect(iou(a, b)).toBeLessThan(0.05)
    }
  }, 240_000)
})
