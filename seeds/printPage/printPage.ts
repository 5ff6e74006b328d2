import { chromium } from 'playwright-core'

import { PAGE_SIZE, typesetPage, type TypesetPage } from './typesetPage'

/** A story's place on the printed page, as fractions of the page's width and height. */
export type StoryBox = { key: string; x: number; y: number; w: number; h: number }

/**
 * Prints a typeset page to a one-page PDF with Debian's Chromium (playwright-core brings none) and
 * measures where each story landed. Used to make the sample page (seeds/cli/printSamplePage.ts)
 * and the tests' pages; the CMS never runs it.
 */
export async function printPage(
  page: TypesetPage,
  executablePath = '/usr/bin/chromium',
): Promise<{ pdf: Buffer; boxes: StoryBox[] }> {
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const tab = await browser.newPage()
    await tab.setContent(typesetPage(page), { waitUntil: 'load' })
    await tab.emulateMedia({ media: 'print' })
    const boxes = await tab.evaluate(() => {
      const { width, height } = document.body.getBoundingClientRect()
      return [...document.querySelectorAll<HTMLElement>('article[data-story]')].map((el) => {
        const r = el.getBoundingClientRect()
        return {
          key: el.dataset.story ?? '',
          x: r.left / width,
          y: r.top / height,
          w: r.width / width,
          h: r.height / height,
        }
      })
    })
    const pdf = await tab.pdf({ ...PAGE_SIZE, printBackground: true, preferCSSPageSize: true })
    return { pdf, boxes }
  } finally {
    await browser.close()
  }
}
