/**
 * The fee report in the real admin (`next start`, Chromium): the desk finds 稿费月报 in the
 * navigation, reads the month and one person's detail and downloads the workbook; a reporter finds
 * 我的稿费 with their own fee and nothing of anyone else's.
 */
import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'
import { paperMonth } from '@/reports/monthlyReport'

import { launchChromium, loginToAdmin, newPersonContext } from '../helpers/browser'
import { seedUsers, startCmsServer, type CmsServer, type SeedUser } from '../helpers/cmsServer'

const PASSWORD = 'correct-horse-battery-staple'
const user = (key: string, role: SeedUser['role']): SeedUser => ({
  email: `${key}@county-news.test`,
  password: PASSWORD,
  name: key,
  role,
})
const USERS = {
  admin: user('admin', 'admin'),
  editor: user('editor', 'editor'),
  reporter: user('reporter', 'reporter'),
  desk: user('desk', 'desk'),
  section: user('section', 'section'),
  chief: user('chief', 'chief'),
}
const PHONE = '13899001234'
const month = paperMonth(new Date().toISOString())

let server: CmsServer
let browser: Browser

async function api<T>(path: string, method: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as T
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const tokenOf = async (account: SeedUser) =>
  (
    (await (
      await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: account.password }),
      })
    ).json()) as { token: string }
  ).token

async function personAt(account: SeedUser, path: string): Promise<Page> {
  const page = await (await newPersonContext(browser)).newPage()
  await loginToAdmin(page, server.url, account)
  await page.goto(`${server.url}${path}`)
  return page
}

beforeAll(async () => {
  server = await startCmsServer({ env: { LOGIN_RATE_LIMIT: '1000' } })
  const ids = await seedUsers(server, Object.values(USERS))
  const admin = await tokenOf(USERS.admin)
  const editor = await tokenOf(USERS.editor)
  const contributor = async (name: string, affiliation: string) =>
    (
      await api<{ doc: { id: number } }>('/api/contributors', 'POST', admin, {
        name,
        defaultRole: 'correspondent',
        affiliation,
        privateDetails: { phone: PHONE },
      })
    ).doc.id
  const wang = await contributor('王正佳', '奇台县融媒体中心')
  const ayi = await contributor('阿依曼', '昌吉市第一中学')
  await api(`/api/users/${ids.get(USERS.reporter.email)}`, 'PATCH', admin, { contributor: wang })
  await api('/api/globals/fee-rates', 'POST', admin, {
    bands: [{ kind: 'article', amount: 80 }],
    perPhoto: 30,
  })
  const filed = await api<{ doc: { id: number } }>('/api/articles?draft=true', 'POST', editor, {
    title: '通讯员合写稿件',
    workflow: 'submitted',
    body: paragraphsToLexical(['正文。']),
    bylines: [
      { contributor: wang, role: 'correspondent' },
      { contributor: ayi, role: 'correspondent' },
    ],
  })
  // 三审三校, each reviewer with their own login, before the editor publishes.
  for (const [stage, account] of [
    ['first', USERS.desk],
    ['second', USERS.section],
    ['final', USERS.chief],
  ] as const) {
    await api(`/api/articles/${filed.doc.id}/sign-off`, 'POST', await tokenOf(account), { stage })
  }
  await api(`/api/articles/${filed.doc.id}`, 'PATCH', editor, { _status: 'published' })
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the fee report in the admin', () => {
  it('shows the desk the month by contributor, one person’s detail and a workbook', async () => {
    const page = await personAt(USERS.editor, '/admin')
    // The navigation may be folded away at this width: the link is there, followed by address.
    const link = page.locator('#nav-monthly-report')
    expect(await link.textContent()).toBe('稿费月报')
    await page.goto(`${server.url}${await link.getAttribute('href')}`)
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('稿费月报')
    const report = page.getByTestId('monthly-report')
    const rows = await report.locator('table').first().locator('tbody tr').allInnerTexts()
    expect(rows.map((r) => r.split('\t'))).toEqual([
      ['阿依曼', '通讯员', '昌吉市第一中学', '1', '1', '0', '40'],
      ['王正佳', '通讯员', '奇台县融媒体中心', '1', '1', '0', '40'],
      ['合计', '', '2人', '1', '1', '0', '80'],
    ])
    expect(await page.content()).not.toContain(PHONE)

    await report.getByRole('link', { name: '王正佳' }).click()
    await expect
      .poll(() => page.getByTestId('report-detail').locator('h3').textContent())
      .toContain('王正佳（奇台县融媒体中心）本月明细')

    const excel = page.getByRole('link', { name: /Excel/ })
    expect(await excel.getAttribute('href')).toBe(`/api/reports/monthly?month=${month}&format=xlsx`)
    // Downloaded as the browser does it, with the editor's session cookie.
    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()])
    expect(download.suggestedFilename()).toBe(`gaofei-${month}.xlsx`)
    const file = await download.path()
    // An .xlsx is a zip file.
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK')
  })

  it('shows a reporter their own fee only', async () => {
    const page = await personAt(USERS.reporter, '/admin')
    await expect.poll(() => page.locator('#nav-monthly-report').textContent()).toBe('我的稿费')
    await page.goto(`${server.url}/admin/reports`)
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('我的稿费')
    const detail = page.getByTestId('report-detail')
    expect(await detail.locator('h3').textContent()).toContain('稿费 40 元')
    expect(await detail.locator('tbody tr').allInnerTexts()).toHaveLength(1)
    const text = await page.getByTestId('monthly-report').textContent()
    expect(text).not.toContain('阿依曼')
    expect(await page.getByRole('link', { name: /Excel/ }).count()).toBe(0)
    // Opened in the browser, with the reporter's session: refused.
    const refused = await page.goto(`${server.url}/api/reports/monthly?month=${month}&format=json`)
    expect(refused?.status()).toBe(403)
    expect(await refused?.text()).toContain('只有编辑和管理员')
  })
})
