/**
 * The 电子版 in a real Chromium: an edition page built from the fixture snapshot with its printed
 * page (typeset from the page's own stories, printed to PDF by Chromium, rendered by the CMS's
 * renderer) and story areas where Chromium put each story. A click on an area lands on its story;
 * Tab reaches every area with a visible outline; the page works at a phone's width. Screenshots
 * go to test-results/e-paper/.
 */
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IMAGE_SIZES } from '@/lib/imageSizes'
import { renderPagePdf } from '@/lib/pagePrint/renderPagePdf'
import type { PublicPhoto, PublicSnapshot } from '@/publicContent/types'

import { sizeName, PHOTO_WIDTHS, type PhotoFormat, type PhotoWidth } from '@/lib/imageSizes'
import { axeViolations } from '../helpers/axe'
import { launchChromium, newPersonContext } from '../helpers/browser'
import { testPagePdf } from '../helpers/pagePrints'
import { projectRoot } from '../helpers/root'
import { buildSiteFromSnapshot, serveBuilt } from '../helpers/site'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/snapshot')
const SHOTS = path.join(projectRoot, 'test-results/e-paper')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-e-paper-'))
const outDir = path.join(work, 'dist')
const mediaDir = path.join(work, 'media')
const snapshot = JSON.parse(
  fs.readFileSync(path.join(FIXTURE, 'public.json'), 'utf8'),
) as PublicSnapshot
const edition = snapshot.editions[0]
const page = edition.pages.find((p) => p.stories.length >= 3)!
const onPage = page.stories.slice(0, 3).map((ref) => {
  const story = [...snapshot.articles, ...snapshot.profiles].find(
    (s) => s.type === ref.type && s.id === ref.id,
  )!
  return story
})
const PAGE_URL = `/editions/${edition.date}/${page.number}/`

let server: http.Server
let origin = ''
let browser: Browser

/**
 * The page image in the photos' sizes, made from the rendered page as the CMS's upload makes them
 * (the CMS path itself is tested in tests/int/page-prints.int.spec.ts).
 */
async function writeSizes(image: Buffer, stem: string): Promise<PublicPhoto['sizes']> {
  const sizes: PublicPhoto['sizes'] = {}
  for (const size of IMAGE_SIZES) {
    const [width, format] = (Object.keys(PHOTO_WIDTHS) as PhotoWidth[])
      .flatMap((w) => (['avif', 'webp', 'jpeg'] as PhotoFormat[]).map((f) => [w, f] as const))
      .find(([w, f]) => sizeName(w, f) === size.name)!
    const ext = format === 'jpeg' ? 'jpg' : format
    const { data, info } = await sharp(image)
      .resize({ width: size.width })
      .toFormat(format)
      .toBuffer({ resolveWithObject: true })
    const filename = `${stem}-${size.name}.${ext}`
    fs.writeFileSync(path.join(mediaDir, filename), data)
    sizes[width] = {
      ...sizes[width],
      [format]: {
        filename,
        width: info.width,
        height: info.height,
        mimeType: `image/${format}`,
        filesize: data.length,
      },
    }
  }
  return sizes
}

beforeAll(async () => {
  fs.cpSync(path.join(FIXTURE, 'media'), mediaDir, { recursive: true })
  const { pdf, boxes } = await testPagePdf(
    onPage.map((story) => ({
      key: `${story.type}:${story.id}`,
      kicker: story.kicker,
      title: story.title,
      subtitle: story.subtitle,
      paragraphs: [story.excerpt, story.excerpt],
    })),
  )
  const rendered = await renderPagePdf(pdf)
  fs.writeFileSync(path.join(mediaDir, 'e-paper-3.jpg'), rendered.image)
  fs.writeFileSync(path.join(mediaDir, 'e-paper-3.pdf'), pdf)
  page.print = {
    original: {
      filename: 'e-paper-3.jpg',
      width: rendered.width,
      height: rendered.height,
      mimeType: 'image/jpeg',
      filesize: rendered.image.length,
    },
    sizes: await writeSizes(rendered.image, 'e-paper-3'),
    pdf: { filename: 'e-paper-3.pdf', filesize: pdf.length },
  }
  page.areas = boxes.map((box) => {
    const [type, id] = box.key.split(':') as ['article' | 'profile', string]
    return { story: { type, id }, x: box.x, y: box.y, w: box.w, h: box.h }
  })
  const file = path.join(work, 'public.json')
  fs.writeFileSync(file, JSON.stringify(snapshot))
  await buildSiteFromSnapshot({ snapshot: file, mediaDir, outDir })
  ;({ server, origin } = await serveBuilt(outDir, work))
  browser = await launchChromium()
  fs.mkdirSync(SHOTS, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

async function open(width: number, javaScript = false): Promise<Page> {
  const context = await newPersonContext(browser, {
    viewport: { width, height: 900 },
    javaScriptEnabled: javaScript,
  })
  const tab = await context.newPage()
  await tab.goto(`${origin}${PAGE_URL}`)
  return tab
}

describe('an edition page of the 电子版', () => {
  it('leads from a click on a story’s area to that story', async () => {
    const tab = await open(1280)
    const story = onPage[1]
    const area = tab.locator(`a.story-area[data-area="${story.type}:${story.id}"]`)
    await expect(area.getAttribute('aria-label')).resolves.toContain(story.title)
    const box = (await area.boundingBox())!
    await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await tab.waitForURL((url) => url.pathname !== PAGE_URL)
    expect(await tab.locator(`[data-story="${story.type}:${story.id}"]`).count()).toBeGreaterThan(0)
    await tab.context().close()
  })

  it('lets Tab reach every area, each with a visible outline and its headline as its name', async () => {
    const tab = await open(1280)
    const names: string[] = []
    for (let i = 0; i < 80 && names.length < onPage.length; i++) {
      await tab.keyboard.press('Tab')
      const focused = await tab.evaluate(() => {
        const el = document.activeElement as HTMLElement
        if (!el?.classList.contains('story-area')) return null
        const style = getComputedStyle(el)
        return {
          name: el.getAttribute('aria-label') ?? '',
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        }
      })
      if (!focused) continue
      expect(focused.outline).toBe('solid')
      expect(focused.width).toBeGreaterThanOrEqual(3)
      names.push(focused.name)
      if (names.length === 2) await tab.screenshot({ path: path.join(SHOTS, 'focus-1280.png') })
    }
    expect(names).toEqual(
      onPage.map((s) => [s.kicker, s.title, s.subtitle].filter(Boolean).join(' ')),
    )
    await tab.context().close()
  })

  it('outlines an area under the mouse', async () => {
    const tab = await open(1280)
    const area = tab.locator('a.story-area').first()
    expect(await area.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none')
    await area.hover()
    expect(await area.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    await tab.screenshot({ path: path.join(SHOTS, 'page-1280.png'), fullPage: true })
    await tab.context().close()
  })

  it('works at 390 px: the page fits the screen for the browser to zoom, the story list and the PDF are there', async () => {
    const tab = await open(390)
    const view = await tab
      .locator('.print-view')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    expect(view.client).toBeLessThanOrEqual(390)
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    for (const story of page.stories) {
      const s = [...snapshot.articles, ...snapshot.profiles].find(
        (x) => x.type === story.type && x.id === story.id,
      )!
      expect(await tab.locator('.page-stories').innerText()).toContain(s.title)
    }
    const pdf = tab.locator('a[download]')
    expect(await pdf.getAttribute('href')).toBe('/media/e-paper-3.pdf')
    const response = await tab.request.get(`${origin}/media/e-paper-3.pdf`)
    expect(response.status()).toBe(200)
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await tab.screenshot({ path: path.join(SHOTS, 'page-390.png'), fullPage: true })
    await tab.context().close()
  })

  it('has no axe violation at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      // Axe is a script: this one page is opened with JavaScript on.
      const tab = await open(width, true)
      expect(await axeViolations(tab), `${width} px`).toEqual([])
      await tab.context().close()
    }
  })

  it('shows the page in the edition’s strip and the front page on the editions list', async () => {
    const tab = await open(1280)
    const current = tab.locator('.page-strip a[aria-current="page"]')
    expect(await current.getAttribute('href')).toBe(PAGE_URL)
    expect(await tab.locator('.page-strip a').count()).toBe(edition.pages.length)
    await tab.goto(`${origin}/editions/`)
    const front = tab.locator('a.edition-front')
    expect(await front.getAttribute('href')).toBe(PAGE_URL)
    expect(
      await front.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0)
    await tab.context().close()
  })
})
