/**
 * The newsroom's three journeys in a real Chromium, against the built CMS (`next start`) running
 * its own job runner and the live site served as plain files, as `npm start` runs them:
 * a reporter files a story and cannot publish it, three reviewers sign 初审, 复审 and 终审 (the
 * check highlighting what it found), an editor previews and schedules it and it goes live by
 * itself, a reader finds it by browsing and by searching.
 *
 * The journeys are one story told in order: each `it` picks up where the previous one left off.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  launchChromium,
  loginToAdmin,
  newPersonContext,
  SCREENSHOT_DIR,
  saveScreenshot,
} from '../helpers/browser'
import { openScheduleDrawer } from '../helpers/scheduleDrawer'
import { startCmsServer, type CmsServer } from '../helpers/cmsServer'
import { cameraJpeg } from '../helpers/images'
import { liveStoryUrl } from '../helpers/pipeline'
import { projectRoot } from '../helpers/root'
import { freePort } from '../helpers/net'
import { waitFor } from '../helpers/waitFor'

/** A made-up village: the title's distinctive word, for finding the story again by search. */
const PLACE = '雪松湾'
const TITLE = `玛纳斯县${PLACE}村冰雕节开幕`
/** With a wrong character (布署) and an advertising-law banned term (最佳) for the check to find. */
const BODY = `${PLACE}村首届冰雕节今天开幕，主办方布署了最佳观景路线，村民和游客在冰雕前合影留念。`
/** Why the final reviewer keeps 最佳: the organiser's own name for the route. */
const KEEP_REASON = '主办方公布的路线名称即为“最佳观景路线”，保留原文'
const PHOTO_FILE = 'xuesongwan-bingdiao.jpg'
const ALT = `${PLACE}村冰雕节现场`
const CAPTION = '图为游客在冰雕前合影。'
const PHOTOGRAPHER = '古丽娜·巴合提'
const COUNTY = '玛纳斯县'
/** How the site prints a photographer's credit under a photo. */
const CREDIT = `${PHOTOGRAPHER} 摄`
/** The newsroom's clock: the browsers run in it, and the dashboard prints times in it. */
const NEWSROOM_TZ = 'Asia/Shanghai'

type Login = { role: string; email: string; password: string }
type FinishedBuild = { finishedAt: string; ok: boolean; reason: string | null }
type BuildStatus = {
  lastFinished: FinishedBuild | null
  lastSuccess: FinishedBuild | null
  running: unknown
  queued: number
}

let server: CmsServer
let site: http.Server
let siteUrl: string
/** Site builds go inside the repository: see the note in `beforeAll`. */
let sitesDir: string
let browser: Browser
const contexts: BrowserContext[] = []
let logins: Login[] = []

/** What the journeys hand on to each other. */
const story = { id: '', scheduledFor: new Date(0), url: '' }

const loginOf = (role: string): Login => {
  const login = logins.find((l) => l.role === role)
  if (!login) throw new Error(`the sample issue made no ${role} login`)
  return login
}

/** The server's last words, for a wait that fails. */
const serverLog = () => `--- server log ---\n${server.logTail(40)}`

/** The story's address on the live site, once a live build has it. */
const liveUrl = (id: string) =>
  liveStoryUrl(
    { live: path.join(sitesDir, 'live'), data: path.join(sitesDir, 'data') },
    'article',
    id,
  )

/** A request from inside the admin page, with the person's own session, as the admin makes them. */
async function apiFromPage<T = unknown>(
  page: Page,
  pathname: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ pathname, method, body }) => {
      const response = await fetch(pathname, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, json: await response.json().catch(() => null) }
    },
    { pathname, method: init.method ?? 'GET', body: init.body },
  )
}

/** How the admin's date picker (date-fns, zh-CN, `MMM d, yyy h:mm a`) shows a moment. */
function pickerText(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: NEWSROOM_TZ,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  const hour = Number(parts.hour)
  return `${parts.month}月 ${parts.day}, ${parts.year} ${hour % 12 || 12}:${parts.minute} ${hour < 12 ? '上午' : '下午'}`
}

/** How the dashboard's 网站发布状态 block prints a time (components/SiteBuildStatus.tsx). */
const dashboardTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: NEWSROOM_TZ, hour12: false })

async function newPerson(): Promise<Page> {
  const context = await newPersonContext(browser, { timezoneId: NEWSROOM_TZ })
  contexts.push(context)
  return context.newPage()
}

beforeAll(async () => {
  const sitePort = await freePort()
  siteUrl = `http://127.0.0.1:${sitePort}`
  // Astro writes the prerender chunks of a build into its output folder and imports packages from
  // there, so a build folder outside the repository (the helper's default, under /tmp) cannot find
  // node_modules and every build fails. Builds go under var/ (git-ignored), as in production.
  sitesDir = path.join(projectRoot, 'var', `e2e-journeys-${process.pid}`, 'site')
  server = await startCmsServer({
    env: {
      // The CMS runs the site builds itself, as `npm start` does.
      SITE_BUILD_RUNNER: 'on',
      SITES_DIR: sitesDir,
      SITE_PORT: String(sitePort),
      SITE_URL: siteUrl,
    },
  })
  expect(server.env.SITE_BUILD_RUNNER, 'the helper passes SITE_BUILD_RUNNER through').toBe('on')

  // The sample issue, loaded through the Local API on the server's database. The CMS reads its
  // environment once, on first import: it must be the server's before anything from cms/ loads.
  // Transactions are for this batch process only, never for the server.
  const runnerEnv = { ...process.env }
  Object.assign(process.env, server.env, { SQLITE_TRANSACTIONS: 'true' })
  try {
    const { bootPayload } = await import('@/bootPayload')
    const { seedSampleIssue } = await import('../../seeds/seedSampleIssue')
    const payload = await bootPayload({ key: `journeys-seed-${process.pid}` })
    try {
      logins = (await seedSampleIssue(payload)).logins
    } finally {
      await payload.destroy()
    }
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in runnerEnv)) delete process.env[key]
    Object.assign(process.env, runnerEnv)
  }

  // The first build, asked for by the desk and run by the CMS's own job runner: it only finishes
  // if the server really runs site builds.
  const editor = loginOf('editor')
  const loggedIn = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: editor.email, password: editor.password }),
  })
  const { token } = (await loggedIn.json()) as { token: string }
  const asked = await fetch(`${server.url}/api/site-build`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
  })
  expect(asked.status).toBe(202)
  const first = await waitFor(
    async () => {
      const response = await fetch(`${server.url}/api/site-build`, {
        headers: { authorization: `JWT ${token}` },
      })
      return ((await response.json()) as BuildStatus).lastFinished
    },
    120_000,
    { what: 'the first site build finishes', intervalMs: 1000, explain: serverLog },
  )
  expect(first.ok, JSON.stringify(first)).toBe(true)

  const { serveLive } = await import('@/siteBuild/serveLive')
  const { sitePaths } = await import('@/siteBuild/paths')
  site = serveLive(sitePaths(sitesDir).live)
  await new Promise<void>((resolve) => site.listen(sitePort, '127.0.0.1', resolve))

  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  if (site) await new Promise((resolve) => site.close(resolve))
  await server?.stop()
  if (sitesDir) fs.rmSync(path.dirname(sitesDir), { recursive: true, force: true })
})

describe('newsroom journeys', () => {
  it('lets a reporter file a story with a credited photo for 玛纳斯县, but not publish it or change it once submitted', async () => {
    const page = await newPerson()
    await loginToAdmin(page, server.url, loginOf('reporter'))
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh')

    // A new story: the admin saves a draft at once (autosave) and moves to its own address.
    await page.goto(`${server.url}/admin/collections/articles/create`)
    await page.waitForURL(/\/admin\/collections\/articles\/\d+$/)
    story.id = /\/articles\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1] ?? ''
    // The form speaks the newsroom's language: the paper's own names for each part of a story.
    const labels: [string, string][] = [
      ['label[for="field-kicker"]', '引题'],
      ['label[for="field-title"]', '主题'],
      ['label[for="field-subtitle"]', '副题'],
      ['label[for="field-dateline"]', '电头'],
      ['#field-bylines', '署名'],
      ['#field-leadPhoto', '题图'],
      ['.field-type.rich-text-lexical', '正文'],
      ['#field-workflow', '稿件状态'],
      ['#field-regions', '地区'],
    ]
    for (const [selector, label] of labels) {
      await expect
        // The form renders its fields, the rich-text editor last, seconds after the address
        // changes on a loaded machine: longer than expect.poll's one-second default.
        .poll(() => page.locator(selector).first().innerText(), {
          message: selector,
          timeout: 60_000,
        })
        .toContain(label)
    }

    await page.locator('#field-title').fill(TITLE)
    await page.locator('.rich-text-lexical [data-lexical-editor="true"]').click()
    await page.keyboard.type(BODY)

    // The lead photo, uploaded through the 题图 field's "create new" drawer, credited to a
    // photographer the reporter adds to the contributors from inside that drawer.
    await page.locator('#field-leadPhoto').getByRole('button', { name: '创建新条目' }).click()
    const photoDrawer = page.locator('dialog:has(#field-alt)')
    await photoDrawer.locator('input[type="file"]').setInputFiles({
      name: PHOTO_FILE,
      mimeType: 'image/jpeg',
      buffer: await cameraJpeg({ width: 1600, height: 1067 }),
    })
    await photoDrawer.locator('#field-alt').fill(ALT)
    await photoDrawer.locator('#field-caption').fill(CAPTION)
    await photoDrawer.locator('#field-photographer').getByRole('button', { name: /新增/ }).click()
    const personDrawer = page.locator('dialog:has(#field-name)')
    await personDrawer.locator('#field-name').fill(PHOTOGRAPHER)
    await personDrawer.getByRole('button', { name: '保存', exact: true }).click()
    await photoDrawer.locator('#field-photographer').getByText(PHOTOGRAPHER).waitFor()
    // Reporters may add contributors but not edit them: the drawer stays open without a save button.
    await personDrawer.getByRole('button', { name: '关闭' }).first().click()
    await personDrawer.waitFor({ state: 'detached' })
    await photoDrawer.getByRole('button', { name: '保存', exact: true }).click()
    await photoDrawer.waitFor({ state: 'detached', timeout: 60_000 })
    await expect
      .poll(() => page.locator('#field-leadPhoto').innerText())
      .toContain(PHOTO_FILE.replace('.jpg', ''))

    await page.locator('#field-regions .rs__control').click()
    await page.keyboard.type(COUNTY.slice(0, 3))
    await page
      .locator('.rs__option')
      // Options read 玛纳斯县 · manasixian mnsx: the name, then what else finds it.
      .filter({ hasText: new RegExp(`^${COUNTY} · `) })
      .click()
    await page.keyboard.press('Escape')

    // Nothing on the page publishes or schedules, not even in the document's ⋮ menu.
    await expect.poll(() => page.getByRole('button', { name: /发布/ }).count()).toBe(0)
    await expect.poll(() => page.locator('#action-save, #schedule-publish').count()).toBe(0)
    await page.locator('.doc-controls__popup button.popup-button').click()
    const menu = page.locator('.popup__content')
    await expect.poll(() => menu.innerText()).toContain('复制')
    expect(await menu.innerText()).not.toMatch(/发布/)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByText(/预约发布|定时发布/).count()).toBe(0)

    // Handing it to the desk: the admin saves the draft (autosave) with the new state.
    const submitted = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/articles/${story.id}?`) &&
        (response.request().postData() ?? '').includes('"workflow":"submitted"'),
    )
    await page.locator('#field-workflow .rs__control').click()
    await page
      .locator('.rs__option')
      .filter({ hasText: /^已交稿/ })
      .click()
    expect((await submitted).status()).toBe(200)

    type Stored = {
      title: string
      workflow: string
      _status: string
      regions: { name: string }[]
      leadPhoto: { alt: string; caption: string; photographer: { name: string } | null } | null
      body: unknown
    }
    const saved = await apiFromPage<Stored>(page, `/api/articles/${story.id}?draft=true&depth=2`)
    expect(saved.status).toBe(200)
    expect(saved.json).toMatchObject({
      title: TITLE,
      workflow: 'submitted',
      _status: 'draft',
      regions: [{ name: COUNTY }],
      leadPhoto: { alt: ALT, caption: CAPTION, photographer: { name: PHOTOGRAPHER } },
    })
    expect(JSON.stringify(saved.json.body)).toContain(BODY)

    // Submitted, the story is the desk's: every field is read-only, and a save is refused.
    await page.reload()
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(TITLE)
    await expect.poll(() => page.locator('#field-title').isEditable()).toBe(false)
    await expect
      .poll(() =>
        page
          .locator('.rich-text-lexical [data-lexical-editor="true"]')
          .getAttribute('contenteditable'),
      )
      .toBe('false')
    await expect
      .poll(() => page.locator('#field-workflow .rs__control--is-disabled').count())
      .toBe(1)
    await expect.poll(() => page.getByRole('button', { name: /发布/ }).count()).toBe(0)
    const refused = await apiFromPage(page, `/api/articles/${story.id}?draft=true`, {
      method: 'PATCH',
      body: { title: `${TITLE}（改）`, workflow: 'drafting' },
    })
    expect(refused.status).toBe(403)
    const after = await apiFromPage<Stored>(page, `/api/articles/${story.id}?draft=true&depth=0`)
    expect(after.json).toMatchObject({ title: TITLE, workflow: 'submitted' })

    await saveScreenshot(page, '1-reporter')
  }, 180_000)

  it('has 初审, 复审 and 终审 each signed by its own reviewer in their own session, after the check highlights a banned term', async () => {
    expect(story.id, 'the reporter journey filed a story').not.toBe('')
    const storyUrl = `${server.url}/admin/collections/articles/${story.id}`

    // 初审: the story waits in the desk editor's own queue on the dashboard.
    const desk = await newPerson()
    await loginToAdmin(desk, server.url, loginOf('desk'))
    await desk.goto(`${server.url}/admin`)
    const deskQueue = desk.getByTestId('queue-first-mine')
    await expect.poll(() => deskQueue.innerText()).toContain(TITLE)
    expect(await deskQueue.innerText()).toMatch(/已等 \d+ 分/)
    await deskQueue.getByRole('link', { name: TITLE, exact: true }).click()
    await desk.waitForURL(new RegExp(`/admin/collections/articles/${story.id}$`))

    // The check: the banned term and the wrong character marked in their sentence, with the rule
    // and the suggestion; the banned term keeps the sign-off button disabled.
    const panel = desk.getByTestId('review-panel')
    const banned = panel.locator('[data-testid="check-hit"][data-level="banned"]')
    const caution = panel.locator('[data-testid="check-hit"][data-level="caution"]')
    // The panel asks the review endpoint once the page has loaded.
    await panel
      .getByTestId('check-hits')
      .waitFor({ timeout: 60_000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\n--- review panel ---\n${await panel.innerText()}`)
      })
    expect(await banned.locator('mark').innerText()).toBe('最佳')
    expect(await banned.innerText()).toMatch(
      /正文第1段[\s\S]*禁用词，阻止签发 · 广告法禁用极限词 · 建议改为/,
    )
    expect(await caution.locator('mark').innerText()).toBe('布署')
    expect(await caution.innerText()).toContain('建议改为“部署”')
    const mark = await banned.locator('mark').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(mark).toBe('rgb(255, 209, 209)')
    expect(await panel.getByTestId('sign-off-button').isDisabled()).toBe(true)
    const refused = await apiFromPage<{ error: string }>(
      desk,
      `/api/articles/${story.id}/sign-off`,
      {
        method: 'POST',
        body: { stage: 'first' },
      },
    )
    expect(refused.status).toBe(409)
    expect(refused.json.error).toContain('最佳')
    await panel.scrollIntoViewIfNeeded()
    await saveScreenshot(desk, '2-check')
    await panel.screenshot({ path: path.join(SCREENSHOT_DIR, '2-check-panel.png') })

    // 终审 keeps the term, with its reason, from the chief's own session.
    const chief = await newPerson()
    await loginToAdmin(chief, server.url, loginOf('chief'))
    await chief.goto(storyUrl)
    const chiefPanel = chief.getByTestId('review-panel')
    await chiefPanel.getByTestId('keep-reason-最佳').fill(KEEP_REASON)
    await chiefPanel.getByRole('button', { name: '保留', exact: true }).click()
    await expect
      .poll(() => chiefPanel.locator('[data-level="banned"]').innerText(), { timeout: 30_000 })
      .toContain('终审已保留')
    // The chief may not sign 初审 in the desk's place.
    expect(await chiefPanel.getByTestId('sign-off-refusal').innerText()).toContain('不能签初审')

    // 初审 signs, with a note.
    await desk.reload()
    await panel.getByTestId('sign-off-note').fill('事实、数字已核')
    await panel.getByTestId('sign-off-button').click()
    await expect
      .poll(() => panel.getByTestId('stage-first').innerText(), { timeout: 60_000 })
      .toContain('✓ 演示初审')
    // The same person cannot go on to sign 复审, even asking the API directly.
    const twice = await apiFromPage<{ error: string }>(desk, `/api/articles/${story.id}/sign-off`, {
      method: 'POST',
      body: { stage: 'second' },
    })
    expect(twice.status).toBe(403)

    // 复审, in the section head's own session.
    const section = await newPerson()
    await loginToAdmin(section, server.url, loginOf('section'))
    await section.goto(`${server.url}/admin`)
    await section
      .getByTestId('queue-second-mine')
      .getByRole('link', { name: TITLE, exact: true })
      .click()
    await section.waitForURL(new RegExp(`/admin/collections/articles/${story.id}$`))
    const sectionPanel = section.getByTestId('review-panel')
    await sectionPanel.getByTestId('sign-off-button').click()
    await expect
      .poll(() => sectionPanel.getByTestId('stage-second').innerText(), { timeout: 60_000 })
      .toContain('✓ 演示复审')

    // 终审, back in the chief's session: then the story is ready to publish.
    await chief.goto(`${server.url}/admin`)
    await chief
      .getByTestId('queue-final-mine')
      .getByRole('link', { name: TITLE, exact: true })
      .click()
    await chief.waitForURL(new RegExp(`/admin/collections/articles/${story.id}$`))
    await chiefPanel.getByTestId('sign-off-button').click()
    await expect
      .poll(() => chiefPanel.getByTestId('ready-to-publish').innerText(), { timeout: 60_000 })
      .toContain('终审已签，可以发布')
    const signed = await apiFromPage<{
      workflow: string
      signOffs: { stage: string; supersededAt: string | null }[]
      checkOverrides: { term: string; reason: string }[]
    }>(chief, `/api/articles/${story.id}?draft=true&depth=0`)
    expect(signed.json.workflow).toBe('approved')
    expect(signed.json.signOffs.map((s) => s.stage)).toEqual(['first', 'second', 'final'])
    expect(signed.json.checkOverrides).toMatchObject([{ term: '最佳', reason: KEEP_REASON }])
    // The sign-offs are shown on the story: who, which stage, when, the notes, the kept term.
    const records = chiefPanel.getByTestId('review-records')
    await records.locator('summary').click()
    expect(await records.innerText()).toMatch(/初审 · 演示初审 · [^\n]* · 意见：事实、数字已核/)
    expect(await records.innerText()).toContain(`终审保留“最佳” · 演示终审`)
    expect(await records.innerText()).toContain(`理由：${KEEP_REASON}`)
    await saveScreenshot(chief, '3-chief')
  }, 360_000)

  it('lets an editor preview the signed-off story and schedule it a minute ahead, and it goes live by itself', async () => {
    expect(story.id, 'the reporter journey filed a story').not.toBe('')
    const page = await newPerson()
    await loginToAdmin(page, server.url, loginOf('editor'))

    // The queue: stories signed off and waiting to be published.
    await page.goto(`${server.url}/admin/collections/articles?where[workflow][equals]=approved`)
    const listed = page.getByRole('link', { name: TITLE, exact: true })
    expect(await listed.getAttribute('href')).toBe(`/admin/collections/articles/${story.id}`)
    // Opened by its address: a click on the list's link sometimes leaves the admin's client-side
    // navigation hanging on a loaded two-core machine (seen in full runs this session), and the
    // navigation is not what this journey tests.
    await page.goto(`${server.url}/admin/collections/articles/${story.id}`)
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(TITLE)

    // The preview: the draft as readers will see it, in the site's own templates.
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: '预览' }).click(),
    ])
    await preview.waitForLoadState('load', { timeout: 120_000 })
    expect(new URL(preview.url()).pathname).toBe(`/api/preview/articles/${story.id}`)
    await expect.poll(() => preview.getByRole('note').innerText()).toContain('预览')
    await expect.poll(() => preview.locator('h1').first().innerText()).toBe(TITLE)
    const previewPhoto = preview.locator(`article[data-story="article:${story.id}"] figure`).first()
    await expect.poll(() => previewPhoto.innerText()).toContain(CREDIT)
    await expect
      .poll(() => previewPhoto.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    await preview.close()
    const anonymous = await newPersonContext(browser)
    contexts.push(anonymous)
    expect(
      (await anonymous.request.get(`${server.url}/api/preview/articles/${story.id}`)).status(),
    ).toBe(404)
    expect(liveUrl(story.id), 'a draft is not on the site').toBeNull()

    // Scheduling, through the publish button's menu and its drawer.
    const drawer = await openScheduleDrawer(page, TITLE)

    // The next whole minute at least 65 s away. The picker's own format (zh-CN, 上午/下午) cannot
    // be typed back into it, but it reads an ISO time, and shows it in its own format.
    story.scheduledFor = new Date(Math.ceil((Date.now() + 65_000) / 60_000) * 60_000)
    const time = drawer.locator('#time input')
    await time.fill(story.scheduledFor.toISOString())
    await time.press('Enter')
    await expect.poll(() => time.inputValue()).toBe(pickerText(story.scheduledFor))
    await drawer.locator('#scheduled-publish-save').click()
    await page.getByText('预约发布成功').first().waitFor()
    await expect
      .poll(() => drawer.locator('table').innerText())
      .toMatch(
        new RegExp(`发布[\\s\\S]*${story.scheduledFor.getMinutes().toString().padStart(2, '0')}`),
      )

    // No further clicks: the job runner publishes it at its time, and the site build follows.
    const live = await waitFor(
      () => {
        const url = liveUrl(story.id)
        return url ? { at: new Date(), url } : null
      },
      story.scheduledFor.getTime() - Date.now() + 180_000,
      {
        what: 'the scheduled story appears in the live site',
        intervalMs: 2000,
        explain: serverLog,
      },
    )
    expect(live.at.getTime(), 'not live before its time').toBeGreaterThanOrEqual(
      story.scheduledFor.getTime(),
    )
    story.url = live.url

    // The desk sees the build that put it live: after the scheduled time, successful, for it.
    const status = await apiFromPage<BuildStatus>(page, '/api/site-build')
    expect(status.status).toBe(200)
    const build = status.json.lastSuccess
    expect(build).toMatchObject({ ok: true, reason: `articles ${story.id}` })
    expect(new Date(build?.finishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(
      story.scheduledFor.getTime(),
    )
    expect(status.json.lastFinished?.ok).toBe(true)
    await page.goto(`${server.url}/admin`)
    // The admin carries the paper's name from 报社设置, which the sample sets up.
    expect(await page.title()).toMatch(/ · 昌吉日报$/)
    const block = page.getByTestId('site-build-status')
    await expect.poll(() => block.innerText()).toContain('网站发布状态')
    expect(await block.innerText()).toContain(
      `最近一次构建：${dashboardTime(status.json.lastFinished?.finishedAt ?? '')} · 成功`,
    )
    await saveScreenshot(page, '4-editor')
  }, 360_000)

  it('lets a reader reach the story from the home page through 玛纳斯县, see the photo credit, and find it again by search', async () => {
    expect(story.url, 'the editor journey put the story live').not.toBe('')
    const page = await newPerson()
    await page.goto(`${siteUrl}/`)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN')

    await page
      .getByRole('navigation', { name: '县市' })
      .getByRole('link', { name: COUNTY, exact: true })
      .click()
    await page.waitForURL(/\/manasi-xian\/$/)
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(COUNTY)

    await page.getByRole('link', { name: TITLE, exact: true }).first().click()
    await page.waitForURL((url) => url.pathname === story.url)
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(TITLE)
    const article = page.locator(`article[data-story="article:${story.id}"]`)
    const photo = article.locator('figure').first()
    await expect.poll(() => photo.locator('.caption').innerText()).toBe(CAPTION)
    await expect.poll(() => photo.locator('.credit').innerText()).toBe(CREDIT)
    await expect.poll(() => photo.locator('img').getAttribute('alt')).toBe(ALT)
    await expect
      .poll(() => photo.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    await expect.poll(() => article.innerText()).toContain(BODY)

    await page.getByRole('link', { name: '搜索', exact: true }).click()
    await page.waitForURL(/\/search\/$/)
    await page.locator('.pagefind-ui__search-input').fill(PLACE)
    const result = page.locator('.pagefind-ui__result-link').filter({ hasText: TITLE })
    await result.first().click()
    await page.waitForURL((url) => url.pathname === story.url)
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(TITLE)
    await expect.poll(() => article.locator('figure .credit').first().innerText()).toBe(CREDIT)

    // The sample issue's stories are a year old: they sit in the oldest search shard, which the
    // search page merges with the newest, where the story published a moment ago is.
    await page.goto(`${siteUrl}/search/`)
    await page.locator('.pagefind-ui__search-input').fill('供水')
    await page
      .locator('.pagefind-ui__result-link')
      .filter({ hasText: '筑牢冬季供水“安全网”' })
      .first()
      .click()
    await page.waitForURL(/\/changji-shi\/2025\/12\//)
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('筑牢冬季供水“安全网”')

    await saveScreenshot(page, '5-reader')
  }, 120_000)
})
