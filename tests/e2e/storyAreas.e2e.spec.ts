/**
 * Story areas drawn in the real admin, in Chromium: on a draft edition whose page has a printed
 * page (uploaded as a PDF), an editor draws an area over the page image for a story of that page,
 * moves it, resizes it by its corner, and the autosaved edition holds the rectangle the mouse
 * made, as fractions of the image's on-screen box. Without a mouse, Tab reaches the story picker and the area, and the
 * arrow keys move and resize it.
 */
import type { Browser, Page } from 'playwright-core'
import { PDFDocument, rgb } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'
import type { Edition } from '@/payload-types'

import { launchChromium, loginToAdmin, newPersonContext } from '../helpers/browser'
import { seedUsers, startCmsServer, testAccount, type CmsServer } from '../helpers/cmsServer'
import { waitFor } from '../helpers/waitFor'

const ADMIN = testAccount('admin', 'admin', '管理员')
const EDITOR = testAccount('editor', 'editor', '王编辑')
const TITLE = '县城供暖今日开始'

type Area = { x: number; y: number; w: number; h: number }

let server: CmsServer
let browser: Browser
let tab: Page
let token = ''
let editionId = 0
let storyId = 0

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: { authorization: `JWT ${token}`, ...init.headers },
  })
  const body = (await response.json()) as T
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}
const postJson = <T>(path: string, data: unknown) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })

/**
 * A plain page as its PDF, the way the typesetting system sends it (rendered by the built CMS's
 * renderer at upload): a masthead band and three story blocks, 300 × 400 pt, no text layer, so
 * nothing is proposed and the one area is the one drawn.
 */
async function pagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([300, 400])
  const block = (x: number, top: number, width: number, height: number, grey: number) =>
    page.drawRectangle({ x, y: 400 - top - height, width, height, color: rgb(grey, grey, grey) })
  block(15, 10, 270, 35, 0.4)
  block(15, 60, 165, 180, 0.8)
  block(195, 60, 90, 180, 0.85)
  block(15, 255, 270, 130, 0.9)
  return Buffer.from(await doc.save())
}

const storedAreas = async () =>
  (await call<Edition>(`/api/editions/${editionId}?draft=true&depth=0`)).pages?.[0]?.areas ?? []

/** Waits until the stored edition's one area is `want`, each fraction within `within`. */
const waitForStored = (want: Area, within: number) =>
  waitFor(
    async () => {
      const areas = await storedAreas()
      const [area] = areas
      if (areas.length !== 1 || !area) return null
      const off = (['x', 'y', 'w', 'h'] as const).every((k) => Math.abs(area[k] - want[k]) < within)
      return off ? area : null
    },
    30_000,
    {
      what: `the stored area ${JSON.stringify(want)}`,
      explain: () => server.logTail(20),
    },
  ).catch(async (error: Error) => {
    // The stored areas say more than the timeout alone.
    throw new Error(`${error.message}\nstored: ${JSON.stringify(await storedAreas())}`)
  })

beforeAll(async () => {
  server = await startCmsServer()
  await seedUsers(server, [ADMIN, EDITOR])
  token = (await postJson<{ token: string }>('/api/users/login', EDITOR)).token
  storyId = (
    await postJson<{ doc: { id: number } }>('/api/articles?draft=true', {
      title: TITLE,
      body: paragraphsToLexical(['县城集中供暖今日开始。']),
    })
  ).doc.id
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(await pagePdf())], { type: 'application/pdf' }),
    '第1版.pdf',
  )
  form.append('_payload', JSON.stringify({}))
  const print = await call<{ doc: { id: number; pdfFilename?: string; mimeType?: string } }>(
    '/api/page-prints',
    { method: 'POST', body: form },
  )
  // Rendered to an image at upload, the PDF kept beside it.
  expect(print.doc).toMatchObject({
    mimeType: 'image/jpeg',
    pdfFilename: expect.stringMatching(/\.pdf$/),
  })
  editionId = (
    await postJson<{ doc: { id: number } }>('/api/editions?draft=true', {
      date: '2025-12-10',
      number: 1234,
      _status: 'draft',
      pages: [
        {
          number: 1,
          name: '要闻',
          stories: [{ relationTo: 'articles', value: storyId }],
          print: print.doc.id,
        },
      ],
    })
  ).doc.id
  browser = await launchChromium()
  const context = await newPersonContext(browser, { viewport: { width: 1280, height: 1800 } })
  tab = await context.newPage()
  await loginToAdmin(tab, server.url, EDITOR)
  await tab.goto(`${server.url}/admin/collections/editions/${editionId}`)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('story areas in the admin', () => {
  it('draws, moves and resizes an area with the mouse, and the edition stores its fractions', async () => {
    const picker = tab.getByTestId('area-story')
    const option = picker.locator(`option[value="articles:${storyId}"]`)
    // The picker names the story by its headline once the admin has fetched it.
    await expect.poll(() => option.textContent(), { timeout: 60_000 }).toBe(TITLE)
    await picker.selectOption(`articles:${storyId}`)

    const image = tab.getByTestId('area-surface').locator('img')
    await image.evaluate((img: HTMLImageElement) =>
      img.decode().then(() => img.scrollIntoView({ block: 'center' })),
    )
    const box = (await image.boundingBox())!
    expect(box.width).toBeGreaterThan(200)
    const at = (fx: number, fy: number) =>
      [box.x + fx * box.width, box.y + fy * box.height] as const
    const drag = async (from: readonly [number, number], to: readonly [number, number]) => {
      await tab.mouse.move(...from)
      await tab.mouse.down()
      await tab.mouse.move(...to, { steps: 8 })
      await tab.mouse.up()
    }

    // Draw from (0.2, 0.1) to (0.5, 0.4) of the image.
    await drag(at(0.2, 0.1), at(0.5, 0.4))
    const area = tab.getByTestId('area')
    await expect.poll(() => area.count()).toBe(1)
    // Move it by (+0.1, +0.15), grabbed in its middle.
    await drag(at(0.35, 0.25), at(0.45, 0.4))
    // Resize it by its bottom-right corner (now at 0.6, 0.55) by (+0.1, +0.05).
    await drag(at(0.6, 0.55), at(0.7, 0.6))

    const onScreen = await area.evaluate(
      (el, img) => {
        const a = el.getBoundingClientRect()
        const i = (img as Element).getBoundingClientRect()
        return {
          x: (a.left - i.left) / i.width,
          y: (a.top - i.top) / i.height,
          w: a.width / i.width,
          h: a.height / i.height,
        }
      },
      await image.elementHandle(),
    )
    const want = { x: 0.3, y: 0.25, w: 0.4, h: 0.35 }
    for (const k of ['x', 'y', 'w', 'h'] as const) expect(onScreen[k]).toBeCloseTo(want[k], 1)

    // Editions autosave as drafts: the stored area is the one the mouse made, linked to the story.
    const stored = await waitForStored(want, 0.01)
    expect(stored.story).toMatchObject({ relationTo: 'articles', value: storyId })
  })

  it('lets keyboard users reach the story picker and the area, and move and resize it with the arrows', async () => {
    // The area the mouse drew in the test above.
    const [before] = await storedAreas()
    expect(before).toBeDefined()
    await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await tab.evaluate(() => window.scrollTo(0, 0))
    const reached = new Set<string>()
    for (let i = 0; i < 300 && !reached.has('area'); i++) {
      await tab.keyboard.press('Tab')
      const id = await tab.evaluate(() => document.activeElement?.getAttribute('data-testid'))
      if (id) reached.add(id)
    }
    expect([...reached]).toEqual(expect.arrayContaining(['area-story', 'area']))
    const label = await tab.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    expect(label).toContain(TITLE)

    // Two steps right (1 % of the page), then two steps taller with Shift.
    for (const key of ['ArrowRight', 'ArrowRight', 'Shift+ArrowDown', 'Shift+ArrowDown'])
      await tab.keyboard.press(key)
    await waitForStored({ x: before.x + 0.01, y: before.y, w: before.w, h: before.h + 0.01 }, 0.001)
  })
})
