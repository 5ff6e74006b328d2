import fs from 'node:fs'
import path from 'node:path'

import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'

import { projectRoot } from './root'

/** Debian's Chromium: playwright-core brings no browser of its own (never `playwright install`). */
export const CHROMIUM = '/usr/bin/chromium'

/** Headless on a shared 2-core machine: no GPU, no background fetches to the outside world. */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
]

/** Where journey screenshots go, for a person to look at after the run. */
export const SCREENSHOT_DIR = path.join(projectRoot, 'test-results/journeys')

/** Launches Debian's Chromium, failing with the fix when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium fonts-wqy-zenhei`,
    )
  }
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS })
}

/**
 * One person at one desk: their own cookies, a desktop window, Chinese as their language and the
 * newsroom's time zone. Timeouts are generous because a 2-core machine is shared with other suites.
 */
export async function newPersonContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  })
  context.setDefaultTimeout(30_000)
  context.setDefaultNavigationTimeout(120_000)
  return context
}

/**
 * Logs in through the admin's own login form and waits for the dashboard. The first admin page a
 * fresh server renders initialises Payload, hence the long wait.
 */
export async function loginToAdmin(
  page: Page,
  cmsUrl: string,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`, { timeout: 180_000 })
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('form').getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 120_000 })
}

/** Saves a full-page PNG under test-results/journeys/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
