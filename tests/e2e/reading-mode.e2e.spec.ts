/**
 * 长辈版, the large-type reading mode, in a real Chromium on the site built from the fixture
 * snapshot and served as plain files: reached by keyboard on every page type and turned off again,
 * text 1.5x and AAA contrast, working with JavaScript off, remembered with it on, nothing moving
 * or popping up, axe clean on every page type in both modes at a phone's and a desktop's width,
 * and Lighthouse's accessibility score 100 on a story page in both modes.
 * Screenshots go to test-results/reading-mode/ for a person to look at.
 */
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import lighthouse from 'lighthouse'
import { parse } from 'node-html-parser'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHROMIUM, launchChromium, LAUNCH_ARGS, newPersonContext } from '../helpers/browser'
import { axeViolations } from '../helpers/axe'
import { contrastRatio } from '../helpers/contrast'
import { freePort } from '../helpers/net'
import { projectRoot } from '../helpers/root'
import { buildSiteFromSnapshot, readBuilt, serveBuilt } from '../helpers/site'

import { Archive } from '../../site/builder/archive'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/snapshot')
const SHOTS = path.join(projectRoot, 'test-results/reading-mode')
const WIDTHS = [390, 1280]
/** The root font size the browser starts from, and what 长辈版 makes of it. */
const ORDINARY_ROOT_PX = 16
const LARGE_ROOT_PX = 24

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-reading-'))
const outDir = path.join(work, 'dist')
let server: http.Server
let origin = ''
let browser: Browser
const contexts: BrowserContext[] = []

type PageType =
  | 'home'
  | 'county'
  | 'town'
  | 'story'
  | 'profile'
  | 'contributor'
  | 'column'
  | 'edition'
  | 'search'
  | '404'
/** One URL of each page type, found in the built site the way a reader would find it. */
let urls = {} as Record<PageType, string>

const hrefs = (urlPath: string, selector: string): string[] =>
  parse(readBuilt(outDir, urlPath))
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href') ?? '')

function findPages(): Record<PageType, string> {
  // The store the fixture site was built from (tests/helpers/site.ts writes it beside the site).
  const archive = new Archive(`${outDir}.store`)
  const manifest = {
    stories: archive.stories.map((s) => ({ type: s.type, url: archive.urlOf(s) })),
  }
  const first = <T>(items: T[], what: string): T => {
    if (items.length === 0) throw new Error(`the fixture site has no ${what}`)
    return items[0]
  }
  const county = first(
    hrefs('/', 'nav.counties a').filter((url) => hrefs(url, '.subregions a').length > 0),
    'county with towns',
  )
  // The story with the most photos and credits: the page with the most to read aloud.
  const story = first(
    manifest.stories
      .filter((s) => s.type === 'article')
      .map((s) => s.url)
      .sort((a, b) => hrefs(b, 'figure a').length - hrefs(a, 'figure a').length),
    'article',
  )
  return {
    home: '/',
    county,
    town: first(hrefs(county, '.subregions a'), 'town'),
    story,
    profile: first(
      manifest.stories.filter((s) => s.type === 'profile').map((s) => s.url),
      'profile',
    ),
    contributor: first(
      hrefs(story, 'a').filter((u) => u.startsWith('/contributors/')),
      'contributor link',
    ),
    column: first(
      hrefs('/columns/', 'main a').filter((u) => /^\/columns\/[^/]+\/$/.test(u)),
      'column',
    ),
    edition: first(
      hrefs('/editions/', 'main a')
        .filter((u) => /^\/editions\/\d/.test(u))
        .map((u) => u.split('#')[0]),
      'edition',
    ),
    search: '/search/',
    '404': '/no-such-page-for-readers/',
  }
}

beforeAll(async () => {
  await buildSiteFromSnapshot({
    snapshot: path.join(FIXTURE, 'public.json'),
    mediaDir: path.join(FIXTURE, 'media'),
    outDir,
  })
  urls = findPages()
  ;({ server, origin } = await serveBuilt(outDir, work))
  browser = await launchChromium()
  fs.mkdirSync(SHOTS, { recursive: true })
}, 300_000)

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  fs.rmSync(work, { recursive: true, force: true })
})

async function reader(
  options: { width?: number; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const { width = 1280, javaScriptEnabled = true } = options
  const context = await newPersonContext(browser, {
    viewport: { width, height: 900 },
    javaScriptEnabled,
  })
  contexts.push(context)
  return context
}

async function open(page: Page, type: PageType): Promise<void> {
  await page.goto(origin + urls[type], { waitUntil: 'load' })
}

/** The root font size in px: 16 ordinary, 24 in 长辈版. */
const rootPx = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))

/** Presses Tab (or Shift+Tab from an autofocused field) until the switch has focus. */
async function tabToSwitch(page: Page): Promise<number> {
  const onSwitch = () => page.evaluate(() => document.activeElement?.id === 'large-type')
  const key = (await page.evaluate(() => document.activeElement === document.body))
    ? 'Tab'
    : 'Shift+Tab'
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press(key)
    if (await onSwitch()) return presses
  }
  throw new Error(`40 presses of ${key} never reached the 长辈版 switch on ${page.url()}`)
}

/** Computed size, line height and colours of the first element a selector matches. */
async function textStyle(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el)
      let background = 'rgba(0, 0, 0, 0)'
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor
        if (!/rgba\(.*, 0\)$/.test(bg)) {
          background = bg
          break
        }
      }
      return {
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        color: style.color,
        background: background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : background,
      }
    })
}

describe('the 长辈版 switch', () => {
  it('is reached by keyboard on every page type, turns large type on and back off', async () => {
    const page = await (await reader()).newPage()
    for (const type of Object.keys(urls) as PageType[]) {
      await open(page, type)
      expect(await rootPx(page), type).toBe(ORDINARY_ROOT_PX)
      await tabToSwitch(page)
      // The whole pill is ringed, at least 3 px: focus is obvious.
      const ring = await page
        .locator('.reading-mode')
        .evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth])
      expect(ring[0], type).toBe('solid')
      expect(parseFloat(ring[1]), type).toBeGreaterThanOrEqual(3)

      await page.keyboard.press('Space')
      expect(await rootPx(page), type).toBe(LARGE_ROOT_PX)
      await expect.poll(() => page.locator('#large-type').isChecked()).toBe(true)
      await page.keyboard.press('Space')
      expect(await rootPx(page), type).toBe(ORDINARY_ROOT_PX)
    }
  })

  it('makes text at least 1.5x, lines 1.8, body text 7:1 and one column', async () => {
    for (const width of WIDTHS) {
      const page = await (await reader({ width })).newPage()
      const measure = async (type: PageType, selectors: string[]) => {
        await open(page, type)
        const styles = []
        for (const selector of selectors) styles.push(await textStyle(page, selector))
        return styles
      }
      const story = ['.story-body p', 'h1', '.byline', '.story-meta', '.photo .caption', '.credit']
      const list = ['.story-list .title', '.card-meta', '.counties a', '.breadcrumb a']
      const ordinary = [...(await measure('story', story)), ...(await measure('town', list))]
      await page.locator('#large-type').check()
      const large = [...(await measure('story', story)), ...(await measure('town', list))]
      const selectors = [...story, ...list]

      large.forEach((style, i) => {
        const what = `${selectors[i]} at ${width} px`
        // A hair of tolerance: 38.4 / 25.6 is 1.4999999999999998 in floating point.
        expect(style.fontSize / ordinary[i].fontSize, what).toBeGreaterThanOrEqual(1.5 - 1e-9)
        expect(contrastRatio(style.color, style.background), what).toBeGreaterThanOrEqual(7)
      })
      for (const selector of ['.story-body p', '.byline', '.photo .caption']) {
        const style = large[selectors.indexOf(selector)]
        expect(style.lineHeight, selector).toBeGreaterThanOrEqual(1.8 - 1e-9)
      }

      // One column: every county's section on the home page starts at the same left edge.
      await open(page, 'home')
      const lefts = await page
        .locator('.home-groups > section, .home-aside')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)))
      expect(new Set(lefts).size, `columns at ${width} px: ${lefts.join(',')}`).toBe(1)

      // Targets of at least 44 px: the switch, navigation, breadcrumb, footer links.
      await open(page, 'story')
      const small = await page
        .locator('.reading-mode, .site-header a, .breadcrumb a, .site-footer a, .story-meta a')
        .evaluateAll((els) =>
          els
            .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.height < 44 || box.width < 44)
            .map(({ text, box }) => `${text} ${box.width}x${box.height}`),
        )
      expect(small).toEqual([])
    }
  })

  it('works with JavaScript off, by keyboard and by pointer, page by page', async () => {
    const page = await (await reader({ javaScriptEnabled: false })).newPage()
    await open(page, 'story')
    await tabToSwitch(page)
    await page.keyboard.press('Space')
    expect(await rootPx(page)).toBe(LARGE_ROOT_PX)
    // No script ran: the class the script would set is absent, so :has() alone did it.
    expect(await page.evaluate(() => document.documentElement.className)).toBe('')
    await page.getByText('长辈版 / 大字').click()
    expect(await rootPx(page)).toBe(ORDINARY_ROOT_PX)

    // The class the script sets for browsers without :has() switches it on by itself too.
    await page.evaluate(() => document.documentElement.classList.add('large-type'))
    expect(await rootPx(page)).toBe(LARGE_ROOT_PX)
  })

  it('remembers the choice from page to page with JavaScript on, and forgets it when turned off', async () => {
    const page = await (await reader()).newPage()
    await open(page, 'story')
    await page.getByText('长辈版 / 大字').click()
    expect(await rootPx(page)).toBe(LARGE_ROOT_PX)

    await open(page, 'home')
    expect(await rootPx(page)).toBe(LARGE_ROOT_PX)
    expect(await page.locator('#large-type').isChecked()).toBe(true)
    await page.getByText('长辈版 / 大字').click()
    expect(await rootPx(page)).toBe(ORDINARY_ROOT_PX)

    // Back to the story, which was left in large type: it follows the choice made since.
    await page.goBack({ waitUntil: 'load' })
    await expect.poll(() => rootPx(page)).toBe(ORDINARY_ROOT_PX)
    expect(await page.locator('#large-type').isChecked()).toBe(false)
    await open(page, 'county')
    expect(await rootPx(page)).toBe(ORDINARY_ROOT_PX)
  })

  it('builds story pages to be read aloud in order, in the language they are marked with', () => {
    const story = parse(readBuilt(outDir, urls.story))
    expect(story.querySelector('html')?.getAttribute('lang')).toBe('zh-CN')

    // What a screen reader or read-aloud meets, in order: the headline lines, the byline, the
    // words; every photo with its description, then its caption, then its credit.
    const article = story.querySelector('article')!
    const words = article.textContent
    const at = (selector: string) => words.indexOf(article.querySelector(selector)!.textContent)
    const order = ['.headline .title', '.byline', '.story-body p'].map(at)
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const figures = article.querySelectorAll('figure')
    expect(figures.length).toBeGreaterThan(0)
    for (const figure of figures) {
      expect(figure.querySelector('img')?.getAttribute('alt')).toBeTruthy()
      const spans = figure.querySelectorAll('figcaption > span').map((e) => e.classNames)
      expect(spans).toEqual(['caption', 'credit'])
    }
  })
})

describe('朗读全文', () => {
  /**
   * Headless Chromium has no voices, so the browser's speech synthesis is replaced by one that
   * writes down what it is asked to say; the page's own button and script are what is tested.
   * A string, not a function: the test's compiler would add helpers the page does not have.
   */
  const recordSpeech = `
    const said = []
    Object.defineProperty(window, 'said', { value: said })
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (utterance) => said.push(utterance.lang + '|' + utterance.text),
        cancel: () => said.push('cancel'),
      },
    })`

  it('reads the story in page order and none of the navigation, from the keyboard', async () => {
    const context = await reader()
    await context.addInitScript({ content: recordSpeech })
    const page = await context.newPage()
    await open(page, 'story')
    await page.getByRole('button', { name: '朗读全文' }).focus()
    const button = page.locator('#read-aloud')
    await page.keyboard.press('Enter')
    await expect.poll(() => button.textContent()).toContain('停止朗读')
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said)

    expect(said[0]).toBe('cancel')
    const lines = said.slice(1)
    expect(lines.every((line) => line.startsWith('zh-CN|'))).toBe(true)
    const text = lines.map((line) => line.slice('zh-CN|'.length))
    const article = parse(readBuilt(outDir, urls.story)).querySelector('article')!
    const title = article.querySelector('h1')!.textContent
    const byline = article.querySelector('.byline')!.textContent
    const firstParagraph = article.querySelector('.story-body p')!.textContent
    const lastCaption = article.querySelectorAll('figcaption').at(-1)!.textContent
    expect(text.indexOf(title)).toBeGreaterThanOrEqual(0)
    expect(text.indexOf(title)).toBeLessThan(text.indexOf(byline))
    expect(text.indexOf(byline)).toBeLessThan(text.indexOf(firstParagraph))
    expect(text).toContain(lastCaption)
    const navigation = ['口述实录', '全州', '跳到正文', '长辈版 / 大字', '其他新闻']
    for (const words of navigation) expect(text.join('\n')).not.toContain(words)

    await page.keyboard.press('Space')
    await expect.poll(() => button.textContent()).toContain('朗读全文')
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said.at(-1))).toBe(
      'cancel',
    )
  })

  it('is not offered without JavaScript, and the page reads the same', async () => {
    const page = await (await reader({ javaScriptEnabled: false })).newPage()
    await open(page, 'story')
    expect(await page.locator('#read-aloud').isVisible()).toBe(false)
    expect(await page.locator('.story-body p').first().isVisible()).toBe(true)
  })
})

/** Moving, playing or popping-up things a page must not have, in either mode. */
async function distractions(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('video[autoplay], audio[autoplay], marquee, blink')].map(
      (el) => `<${el.localName}>`,
    ),
    ...[...document.querySelectorAll('meta[http-equiv="refresh" i]')].map(() => 'meta refresh'),
    ...document.getAnimations().map((a) => `animation ${a.constructor.name}`),
    ...[...document.querySelectorAll('dialog[open], [role="dialog"], [role="alertdialog"]')].map(
      () => 'dialog',
    ),
  ])
}

/** A full-page PNG in test-results/reading-mode/, with the lazy photos scrolled into loading. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    window.scrollTo(0, 0)
  })
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

describe('every page type in both modes', () => {
  for (const large of [false, true]) {
    for (const width of WIDTHS) {
      const mode = large ? 'large' : 'ordinary'
      it(`has no axe violation and nothing moving or popping up: ${mode} at ${width} px`, async () => {
        const page = await (await reader({ width })).newPage()
        const dialogs: string[] = []
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message())
          void dialog.dismiss()
        })
        const popups: string[] = []
        page.on('popup', (popup) => popups.push(popup.url()))
        if (large) {
          await open(page, 'home')
          await page.locator('#large-type').check()
        }
        const found: Record<string, string[]> = {}
        for (const type of Object.keys(urls) as PageType[]) {
          await open(page, type)
          expect(await rootPx(page), type).toBe(large ? LARGE_ROOT_PX : ORDINARY_ROOT_PX)
          if (type === 'search') {
            // The results too, not only the empty form.
            await page.locator('#search-input').fill('供水')
            await page.locator('.pagefind-ui__result').first().waitFor()
          }
          found[type] = [...(await axeViolations(page)), ...(await distractions(page))]
          await screenshot(page, `${type}-${mode}-${width}`)
        }
        expect(found).toEqual(Object.fromEntries(Object.keys(urls).map((type) => [type, []])))
        expect(dialogs).toEqual([])
        expect(popups).toEqual([])
      })
    }
  }
})

describe('Lighthouse', () => {
  it('scores accessibility 100 on a story page in both modes', async () => {
    const port = await freePort()
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-lighthouse-'))
    // Lighthouse drives the browser over the DevTools port; the persistent profile is where the
    // switch's remembered choice lives, so large type is set the way a reader sets it.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [...LAUNCH_ARGS, `--remote-debugging-port=${port}`],
    })
    try {
      const audit = async () => {
        const result = await lighthouse(origin + urls.story, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['accessibility'],
          disableStorageReset: true,
        })
        if (!result) throw new Error('Lighthouse returned no result')
        const { lhr } = result
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => a.id)
        return {
          score: lhr.categories.accessibility.score,
          failed,
          height: lhr.fullPageScreenshot?.screenshot.height ?? 0,
        }
      }
      const ordinary = await audit()
      const page = await context.newPage()
      await page.goto(origin + urls.story)
      await page.locator('#large-type').check()
      await page.close()
      const large = await audit()

      expect(ordinary).toMatchObject({ score: 1, failed: [] })
      expect(large).toMatchObject({ score: 1, failed: [] })
      // The second audit really saw large type: the same story is far taller.
      expect(large.height).toBeGreaterThan(ordinary.height * 1.3)
    } finally {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    }
  })
})
