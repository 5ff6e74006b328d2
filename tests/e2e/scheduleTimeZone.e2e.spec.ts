/**
 * An editor whose browser runs on another continent's clock (America/New_York: on a trip, or a
 * laptop never set to Beijing) schedules a story in the admin's drawer. The time typed is the
 * paper's time: the job runs at that moment in Asia/Shanghai, and the drawer and the review panel
 * show paper time, not the browser's.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'
import { paperTime } from '@/lib/paperTime'

import { launchChromium, loginToAdmin, newPersonContext } from '../helpers/browser'
import {
  seedUsers,
  startCmsServer,
  testAccount,
  type CmsServer,
  type SeedUser,
} from '../helpers/cmsServer'
import { openScheduleDrawer } from '../helpers/scheduleDrawer'

const PAPER_TZ = 'Asia/Shanghai'
const BROWSER_TZ = 'America/New_York'
const TITLE = '县城年货大集开市'
/** Month names as the admin's date format (date-fns, zh-CN, `MMMM do yyyy, h:mm a`) prints them. */
const MONTH_NAMES = '一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月'.split(' ')

const ADMIN = testAccount('admin', 'admin', '管理员')
const EDITOR = testAccount('editor', 'editor', '王编辑')
const SIGNERS: SeedUser[] = [
  testAccount('desk', 'desk', '初审编辑'),
  testAccount('section', 'section', '复审主任'),
  testAccount('chief', 'chief', '终审总编'),
]

let server: CmsServer
let browser: Browser
let storyId: number
let finalSignedAt: string

async function tokenOf(who: SeedUser): Promise<string> {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  })
  return ((await response.json()) as { token: string }).token
}

async function api<T>(path: string, who: SeedUser, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${await tokenOf(who)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as T
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** Tomorrow's date in the paper's calendar: a day the drawer accepts whatever the browser's clock. */
function paperTomorrow(): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: PAPER_TZ,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(Date.now() + 86_400_000))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

beforeAll(async () => {
  server = await startCmsServer({ env: { LOGIN_RATE_LIMIT: '100' } })
  await seedUsers(server, [ADMIN, EDITOR, ...SIGNERS])
  const created = await api<{ doc: { id: number } }>('/api/articles?draft=true', EDITOR, {
    title: TITLE,
    body: paragraphsToLexical(['腊月的县城年货大集今日开市。']),
    workflow: 'submitted',
  })
  storyId = created.doc.id
  const stages = ['first', 'second', 'final'] as const
  for (const [n, signer] of SIGNERS.entries()) {
    const state = await api<{ signOffs: { stage: string; signedAt: string }[] }>(
      `/api/articles/${storyId}/sign-off`,
      signer,
      { stage: stages[n], note: '' },
    )
    finalSignedAt = state.signOffs.find((s) => s.stage === 'final')?.signedAt ?? ''
  }
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The scheduled jobs as stored, read through the Local API on the server's database. */
async function scheduledJobs() {
  // The CMS reads its environment once, on first import: the server's, before anything from cms/.
  Object.assign(process.env, server.env)
  const { bootPayload } = await import('@/bootPayload')
  const payload = await bootPayload()
  try {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      depth: 0,
      overrideAccess: true,
    })
    return docs.map((job) => ({
      waitUntil: job.waitUntil,
      input: job.input as { type: string; timezone?: string },
    }))
  } finally {
    await payload.destroy()
  }
}

async function editorAbroad(): Promise<Page> {
  const context = await newPersonContext(browser, { timezoneId: BROWSER_TZ })
  const page = await context.newPage()
  await loginToAdmin(page, server.url, EDITOR)
  return page
}

describe('the schedule drawer in a browser on another clock', () => {
  it('schedules at the paper time the editor typed, and shows paper time', async () => {
    const page = await editorAbroad()
    // The premise, checked: the browser really runs on New York's clock.
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      BROWSER_TZ,
    )
    await page.goto(`${server.url}/admin/collections/articles/${storyId}`)
    await expect
      .poll(() => page.locator('#field-title').inputValue(), { timeout: 60_000 })
      .toBe(TITLE)

    // The review panel dates the 终审 in paper time (Beijing is 13 hours ahead of New York in
    // winter, so the browser's own clock would print another hour, often another day).
    const panel = page.getByTestId('review-panel')
    await expect
      .poll(() => panel.innerText(), { timeout: 60_000 })
      .toContain(`✓ 终审总编 ${paperTime(finalSignedAt, PAPER_TZ)}`)

    const drawer = await openScheduleDrawer(page, TITLE)
    // The zone the time is read in: the paper's, preselected.
    expect(await drawer.locator('.timezone-picker').innerText()).toContain(`北京时间 (${PAPER_TZ})`)

    // The editor types tomorrow 18:00 — a wall-clock time, with no zone of its own.
    const { year, month, day } = paperTomorrow()
    const pad = (n: number) => String(n).padStart(2, '0')
    const time = drawer.locator('#time input')
    await time.fill(`${year}-${pad(month)}-${pad(day)}T18:00`)
    await time.press('Enter')
    await expect.poll(() => time.inputValue()).toBe(`${month}月 ${day}, ${year} 6:00 下午`)
    await drawer.locator('#scheduled-publish-save').click()
    await page.getByText('预约发布成功').first().waitFor()

    // The job runs at 18:00 in Beijing (10:00 UTC), with the zone it was entered in…
    const expected = new Date(Date.UTC(year, month - 1, day, 18 - 8, 0)).toISOString()
    const jobs = await scheduledJobs()
    expect(
      jobs.map(({ waitUntil, input }) => ({
        waitUntil,
        type: input.type,
        timezone: input.timezone,
      })),
    ).toEqual([{ waitUntil: expected, type: 'publish', timezone: PAPER_TZ }])

    // …and the drawer lists it as the time typed, in the paper's zone.
    const row = drawer.locator('table tbody tr')
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1)
    const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim())
    expect(cells.slice(0, 3)).toEqual([
      '发布',
      `${MONTH_NAMES[month - 1]} ${day}日 ${year}, 6:00 下午`,
      `北京时间 (${PAPER_TZ})`,
    ])
  })
})
