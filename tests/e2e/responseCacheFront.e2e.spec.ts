import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'

import { seedUsers, startCmsServer, testAccount, type CmsServer } from '../helpers/cmsServer'

// The production server (scripts/cmsServer.ts) repeats stored anonymous reads before Next.js is
// entered. These tests show it answers (`x-cache: HIT, front`) and that every write which changes
// what readers see, made through the server like an editor's, stops it at once.

const USERS = {
  admin: testAccount('admin', 'admin'),
  editor: testAccount('editor', 'editor'),
  desk: testAccount('desk', 'desk'),
  section: testAccount('section', 'section'),
  chief: testAccount('chief', 'chief'),
}
const SIGNERS = { first: USERS.desk, second: USERS.section, final: USERS.chief } as const

let server: CmsServer
const tokens: Record<string, string> = {}
let county: number
let storyId: number

type Answer = { status: number; headers: Headers; json: Record<string, unknown> | null }

async function call(
  pathname: string,
  {
    method = 'GET',
    token,
    body,
    headers = {},
  }: {
    method?: string
    token?: string
    body?: unknown
    headers?: Record<string, string>
  } = {},
): Promise<Answer> {
  const response = await fetch(`${server.url}${pathname}`, {
    method,
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : null,
  }
}

async function write(pathname: string, method: string, body: unknown, token = tokens.editor) {
  const answer = await call(pathname, { method, token, body })
  if (answer.status >= 300) throw new Error(`${method} ${pathname}: ${answer.status}`)
  return answer.json?.doc as { id: number }
}

/** Signs the stages not yet signed (all three, or those an edit sent back), each as its reviewer. */
async function signOff(id: number) {
  const draft = await call(`/api/articles/${id}?draft=true&depth=0`, { token: tokens.editor })
  const records = (draft.json?.signOffs ?? []) as { stage: string; supersededAt?: string | null }[]
  const signed = new Set(records.filter((r) => !r.supersededAt).map((r) => r.stage))
  for (const stage of (['first', 'second', 'final'] as const).filter((s) => !signed.has(s))) {
    await write(`/api/articles/${id}/sign-off`, 'POST', { stage }, tokens[SIGNERS[stage].name])
  }
}

/** The editor saves `data` as a draft, the reviewers sign, the editor publishes. */
async function publish(id: number, data: Record<string, unknown>) {
  await write(`/api/articles/${id}?draft=true`, 'PATCH', data)
  await signOff(id)
  await write(`/api/articles/${id}`, 'PATCH', { _status: 'published' })
}

const countyList = () =>
  `/api/articles?where[county][equals]=${county}&limit=20&depth=1&sort=-publishedAt`

async function listed() {
  const answer = await call(countyList())
  const docs = (answer.json?.docs ?? []) as { title: string }[]
  return { cache: answer.headers.get('x-cache'), titles: docs.map((d) => d.title) }
}

beforeAll(async () => {
  server = await startCmsServer()
  await seedUsers(server, Object.values(USERS))
  for (const account of Object.values(USERS)) {
    const answer = await call('/api/users/login', {
      method: 'POST',
      body: { email: account.email, password: account.password },
    })
    tokens[account.name] = answer.json?.token as string
  }
  const prefecture = await write('/api/regions', 'POST', { name: '昌吉州', level: 'prefecture' })
  county = (
    await write('/api/regions', 'POST', { name: '昌吉市', level: 'county', parent: prefecture.id })
  ).id
  const filed = await write('/api/articles?draft=true', 'POST', {
    title: '公开稿件',
    body: paragraphsToLexical(['公开正文。']),
    regions: [county],
    workflow: 'submitted',
  })
  storyId = filed.id
  await signOff(storyId)
  await write(`/api/articles/${storyId}`, 'PATCH', { _status: 'published' })
})

afterAll(async () => {
  await server?.stop()
})

describe('the server’s front path for repeated anonymous reads', () => {
  it('repeats a stored read before Next.js, with its ETag, and 304 to a matching If-None-Match', async () => {
    const path = `/api/articles/${storyId}?depth=1`
    const first = await call(path)
    expect([first.status, first.headers.get('x-cache')]).toEqual([200, 'MISS'])
    const again = await call(path)
    expect([again.status, again.headers.get('x-cache')]).toEqual([200, 'HIT, front'])
    expect(again.json).toEqual(first.json)
    expect(again.headers.get('cache-control')).toBe('public, max-age=10')
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'))
    const etag = again.headers.get('etag') as string
    expect(etag).toBe(first.headers.get('etag'))
    // Node's fetch adds `Cache-Control: no-cache` to a conditional request unless the caller sets
    // Cache-Control (the Fetch standard); a browser revalidating sends `max-age=0`, as here.
    const unchanged = await call(path, {
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    })
    expect([unchanged.status, unchanged.headers.get('x-cache')]).toEqual([304, 'HIT, front'])
    // Asked afresh: computed again by Payload.
    const fresh = await call(path, { headers: { 'cache-control': 'no-cache' } })
    expect(fresh.headers.get('x-cache')).toBe('MISS')
  })

  it('never answers staff, by token or by the admin’s cookie', async () => {
    const path = `/api/articles/${storyId}?depth=1`
    await call(path)
    expect((await call(path)).headers.get('x-cache')).toBe('HIT, front')
    for (const headers of [
      { authorization: `JWT ${tokens.editor}` } as Record<string, string>,
      { cookie: `payload-lng=zh; payload-token=${tokens.editor}` },
    ]) {
      const staff = await call(path, { headers })
      expect(staff.status).toBe(200)
      expect(staff.headers.get('x-cache')).toBeNull()
      expect(staff.headers.get('cache-control')).toBe('private, no-store')
    }
  })

  it('stops repeating a story the moment it is edited, unpublished, or its place renamed', async () => {
    await listed()
    const before = await listed()
    expect(before).toEqual({ cache: 'HIT, front', titles: ['公开稿件'] })

    await publish(storyId, { title: '更正后的标题' })
    expect(await listed()).toEqual({ cache: 'MISS', titles: ['更正后的标题'] })
    expect((await call(`/api/articles/${storyId}`)).json?.title).toBe('更正后的标题')

    // A draft saved over the live story changes nothing readers see: the front path keeps it.
    await write(`/api/articles/${storyId}?draft=true`, 'PATCH', { title: '尚未发布的改动' })
    expect(await listed()).toEqual({ cache: 'HIT, front', titles: ['更正后的标题'] })

    await write(`/api/regions/${county}`, 'PATCH', { name: '昌吉' })
    await call(`/api/regions/${county}`)
    const region = await call(`/api/regions/${county}`)
    expect([region.headers.get('x-cache'), region.json?.name]).toEqual(['HIT, front', '昌吉'])
    await write(`/api/regions/${county}`, 'PATCH', { name: '昌吉市' })
    const renamed = await call(`/api/regions/${county}`)
    expect([renamed.headers.get('x-cache'), renamed.json?.name]).toEqual(['MISS', '昌吉市'])

    await call(`/api/articles/${storyId}`)
    expect((await call(`/api/articles/${storyId}`)).headers.get('x-cache')).toBe('HIT, front')
    await write(`/api/articles/${storyId}`, 'PATCH', { _status: 'draft' })
    expect((await call(`/api/articles/${storyId}`)).status).toBe(404)
    expect(await listed()).toEqual({ cache: 'MISS', titles: [] })
  })
})
