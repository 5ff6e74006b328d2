import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'

import { launchChromium, loginToAdmin, newPersonContext } from '../helpers/browser'
import { seedUsers, startCmsServer, type CmsServer, type SeedUser } from '../helpers/cmsServer'

const PASSWORD = 'correct-horse-battery-staple'
const account = (key: string, role: SeedUser['role'], name: string): SeedUser => ({
  email: `${key}@county-news.test`,
  password: PASSWORD,
  name,
  role,
})
const ADMIN = account('admin', 'admin', '管理员')
const REPORTER = account('reporter', 'reporter', '李记者')
const EDITOR = account('editor', 'editor', '王编辑')
const SECOND_EDITOR = account('editor2', 'editor', '赵编辑')

let server: CmsServer
let browser: Browser
let storyId: number
let reporterId: number | undefined

async function tokenOf(who: SeedUser) {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  })
  return ((await response.json()) as { token: string }).token
}

async function api<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `JWT ${token}` },
  })
  return (await response.json()) as T
}

async function personAt(who: SeedUser): Promise<Page> {
  const context = await newPersonContext(browser)
  const page = await context.newPage()
  await loginToAdmin(page, server.url, who)
  return page
}

const storyPatch = (page: Page) =>
  page.waitForResponse(
    (response: Response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes(`/api/articles/${storyId}?`),
    { timeout: 60_000 },
  )

beforeAll(async () => {
  server = await startCmsServer({ env: { LOGIN_RATE_LIMIT: '100' } })
  const ids = await seedUsers(server, [ADMIN, REPORTER, EDITOR, SECOND_EDITOR])
  reporterId = ids.get(REPORTER.email)
  const response = await fetch(`${server.url}/api/articles?draft=true`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `JWT ${await tokenOf(REPORTER)}`,
    },
    body: JSON.stringify({
      title: '县城供暖今日开始',
      body: paragraphsToLexical(['县城集中供暖今日开始。']),
    }),
  })
  storyId = ((await response.json()) as { doc: { id: number } }).doc.id
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('two people, one story, in the admin', () => {
  it("keeps the reporter's lock through autosave, then refuses the editor's stale copy with who and when", async () => {
    const reporter = await personAt(REPORTER)
    const editor = await personAt(EDITOR)
    const storyUrl = `${server.url}/admin/collections/articles/${storyId}`
    // Both open the story before either has typed: two copies of the same version.
    await reporter.goto(storyUrl)
    await editor.goto(storyUrl)
    await reporter.locator('#field-title').waitFor()
    await editor.locator('#field-title').waitFor()

    // The reporter types, stops, and the admin autosaves (the form sends the updatedAt it holds).
    const autosaved = storyPatch(reporter)
    await reporter.locator('#field-title').fill('县城集中供暖今日正式开始')
    const autosave = await autosaved
    expect(autosave.url()).toContain('autosave=true')
    expect(autosave.status()).toBe(200)
    expect(autosave.request().postData() ?? '').toMatch(/"updatedAt":"\d{4}-/)

    // A third person opening the story now is told someone is editing it: the reporter, named by
    // address to those who may read accounts (admins), by account number to the rest.
    const other = await personAt(SECOND_EDITOR)
    await other.goto(storyUrl)
    await other.getByText('文档已锁定').waitFor({ timeout: 60_000 })
    expect(await other.locator('dialog, [role="dialog"]').first().innerText()).toContain(
      `用户: ${reporterId} 当前正在编辑此文档`,
    )

    // The reporter stops working on it. With autosave on, the admin never unlocks on leaving
    // (Payload unlocks only on a save, or when its confirm-leave dialog runs, which autosave turns
    // off), so the lock runs out five minutes after the last edit: removed here as that expiry
    // would. The editor, still on the copy opened before the reporter's autosave, then changes the
    // title: refused, not saved over the reporter's text.
    const adminToken = await tokenOf(ADMIN)
    const locks = await api<{ docs: { id: number }[] }>(
      `/api/payload-locked-documents?where[document.value][equals]=${storyId}&depth=0`,
      adminToken,
    )
    expect(locks.docs).toHaveLength(1)
    for (const lock of locks.docs) {
      const removed = await fetch(`${server.url}/api/payload-locked-documents/${lock.id}`, {
        method: 'DELETE',
        headers: { authorization: `JWT ${adminToken}` },
      })
      expect(removed.status).toBe(200)
    }
    const refusedSave = storyPatch(editor)
    await editor.locator('#field-title').fill('供暖开始（编辑改）')
    const refused = await refusedSave
    expect(refused.status()).toBe(409)
    const toast = editor.locator('.payload-toast-container, [data-sonner-toaster]')
    await expect
      .poll(() => toast.innerText(), { timeout: 30_000 })
      .toContain(`保存未生效：${REPORTER.name}于`)

    // Both texts survive: the reporter's as the story, the editor's as a version of its own.
    const token = await tokenOf(EDITOR)
    const latest = await api<{ title: string }>(
      `/api/articles/${storyId}?draft=true&depth=0`,
      token,
    )
    expect(latest.title).toBe('县城集中供暖今日正式开始')
    const versions = await api<{ docs: { version: { title: string } }[] }>(
      `/api/articles/versions?where[parent][equals]=${storyId}&depth=0&limit=50`,
      token,
    )
    expect(versions.docs.map((v) => v.version.title)).toContain('供暖开始（编辑改）')
  })
})
