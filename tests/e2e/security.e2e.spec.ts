import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'

import { seedUsers, startCmsServer, type CmsServer, type SeedUser } from '../helpers/cmsServer'
import { noisyJpeg, SVG_WITH_SCRIPT } from '../helpers/images'
import { readOutboxMail } from '../helpers/outbox'
import { waitFor } from '../helpers/waitFor'

const PASSWORD = 'correct-horse-battery-staple'
const ALLOWED_ORIGIN = 'https://desk.county-news.test'
const EVIL_ORIGIN = 'https://evil.example'
const CRON_SECRET = 'cron-secret-for-tests'
/** Words that exist only in a draft: an anonymous query must never tell that they are there. */
const SECRET_WORD = 'SECRETDRAFTWORD'
/** A wrong guess of the same shape, so only the secret differs between the two queries. */
const OTHER_WORD = 'PUBLICDRAFTWORD'
const DRAFT_SECRET = `草稿机密词${SECRET_WORD}`
const DESK_SECRET = '线人张三的电话'

/** Script in every shape a reporter could type into a field; each would announce itself. */
const XSS = {
  img: `<img src=x onerror="alert('img')">`,
  script: `</script><script>alert('script')</script>`,
  svg: `<svg onload="alert('svg')"></svg>`,
  attribute: `" autofocus onfocus="alert('attribute')`,
  link: `javascript:alert('link')`,
}

const user = (key: string, role: SeedUser['role'], name = key): SeedUser => ({
  email: `${key}@county-news.test`,
  password: PASSWORD,
  name,
  role,
})
const USERS = {
  admin: user('admin', 'admin'),
  editor: user('editor', 'editor'),
  reporter: user('reporter', 'reporter'),
  xssReporter: user('xss-reporter', 'reporter', `${XSS.img}记者${XSS.script}`),
  changer: user('changer', 'reporter'),
  forgetful: user('forgetful', 'reporter'),
  desk: user('desk', 'desk'),
  section: user('section', 'section'),
  chief: user('chief', 'chief'),
}

let server: CmsServer
let ids: Map<string, number>

let addresses = 0
/**
 * A new client address for each caller (the server trusts X-Forwarded-For here), so the login
 * throttle of 10 a minute per address only bites where a test means it to.
 */
const freshAddress = () => `198.51.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`

type Answer<T> = { status: number; headers: Headers; text: string; json: T }
type Call = {
  method?: string
  token?: string
  body?: unknown
  headers?: Record<string, string>
  address?: string
}

/** One HTTP request to the CMS, answered with status, headers and the parsed JSON body if any. */
async function call<T = Record<string, unknown>>(
  pathname: string,
  { method = 'GET', token, body, headers = {}, address = freshAddress() }: Call = {},
): Promise<Answer<T>> {
  const response = await fetch(`${server.url}${pathname}`, {
    method,
    redirect: 'manual',
    headers: {
      'x-forwarded-for': address,
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json = null as T
  try {
    json = JSON.parse(text) as T
  } catch {
    // Not JSON: the caller reads `text`.
  }
  return { status: response.status, headers: response.headers, text, json }
}

async function login(account: SeedUser, password = account.password) {
  const answer = await call<{ token?: string }>('/api/users/login', {
    method: 'POST',
    body: { email: account.email, password },
  })
  if (!answer.json?.token)
    throw new Error(`login as ${account.email}: ${answer.status} ${answer.text}`)
  return answer.json.token
}

type Me = { user: { id: number; role: string; email: string } | null }
const me = async (token: string) => (await call<Me>('/api/users/me', { token })).json.user

type Doc = { id: number; [field: string]: unknown }
async function create(collection: string, token: string, data: object, query = '') {
  const answer = await call<{ doc?: Doc }>(`/api/${collection}${query}`, {
    method: 'POST',
    token,
    body: data,
  })
  if (!answer.json?.doc) throw new Error(`create ${collection}: ${answer.status} ${answer.text}`)
  return answer.json.doc
}

/** A multipart upload built byte by byte, so a filename reaches the server exactly as written. */
async function upload(
  token: string,
  file: { name: string; data: Buffer; type?: string; encodedName?: boolean },
  fields: object = { alt: '测试照片' },
) {
  const boundary = `----county-news-${crypto.randomBytes(8).toString('hex')}`
  const disposition = file.encodedName
    ? `filename*=UTF-8''${encodeURIComponent(file.name)}`
    : `filename="${file.name}"`
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n` +
        `Content-Type: ${file.type ?? 'image/jpeg'}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n` +
        `${JSON.stringify(fields)}\r\n--${boundary}--\r\n`,
    ),
  ])
  const response = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: {
      authorization: `JWT ${token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-forwarded-for': freshAddress(),
    },
    body,
  })
  const text = await response.text()
  const doc = response.ok ? (JSON.parse(text) as { doc: Doc & { filename: string } }).doc : null
  return { status: response.status, text, doc }
}

const photo = (background: string) =>
  sharp({ create: { width: 120, height: 80, channels: 3, background } })
    .jpeg()
    .toBuffer()

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort()
    : []

/** The mails the server wrote for `to`, oldest first, waiting briefly for one to arrive. */
function mailsTo(to: string, atLeast = 1) {
  const outbox = path.join(server.dir, 'outbox')
  return waitFor(() => {
    const mails = filesUnder(outbox)
      .map((file) => readOutboxMail(outbox, file))
      .filter((mail) => mail.to === to)
    return mails.length >= atLeast ? mails : undefined
  }, 10_000)
}

const resetTokenIn = (html: string) => /\/admin\/reset\/([0-9a-f]+)/.exec(html)?.[1] ?? ''

let tokens: { admin: string; editor: string; reporter: string; xssReporter: string }
let story: { published: number; draft: number; region: Record<string, number> }

beforeAll(async () => {
  server = await startCmsServer({
    // INFO, as in production, so the log test sees how refusals are logged.
    env: { TRUST_PROXY: '1', CRON_SECRET, ALLOWED_ORIGINS: ALLOWED_ORIGIN, LOG_LEVEL: 'info' },
  })
  ids = await seedUsers(server, Object.values(USERS))
  tokens = {
    admin: await login(USERS.admin),
    editor: await login(USERS.editor),
    reporter: await login(USERS.reporter),
    xssReporter: await login(USERS.xssReporter),
  }
  // prefecture › county › town › community: four levels, one more than the depth allowed.
  const region: Record<string, number> = {}
  let parent: number | undefined
  for (const [level, name] of [
    ['prefecture', '昌吉州'],
    ['county', '昌吉市'],
    ['town', '宁边路街道'],
    ['community', '美院社区'],
  ]) {
    parent = (await create('regions', tokens.editor, { name, level, parent })).id
    region[level] = parent
  }
  const filed = await create(
    'articles',
    tokens.editor,
    {
      title: '公开稿件',
      body: paragraphsToLexical(['公开正文。']),
      regions: [region.community],
      deskNotes: DESK_SECRET,
      workflow: 'submitted',
    },
    '?draft=true',
  )
  // 三审三校 over REST, each reviewer with their own login, before the editor publishes.
  for (const [stage, account] of [
    ['first', USERS.desk],
    ['second', USERS.section],
    ['final', USERS.chief],
  ] as const) {
    const signed = await call(`/api/articles/${filed.id}/sign-off`, {
      method: 'POST',
      token: await login(account),
      body: { stage },
    })
    if (signed.status !== 200) throw new Error(`sign-off ${stage}: ${signed.status} ${signed.text}`)
  }
  const publishing = await call<{ doc?: Doc }>(`/api/articles/${filed.id}`, {
    method: 'PATCH',
    token: tokens.editor,
    body: { _status: 'published' },
  })
  if (!publishing.json?.doc) throw new Error(`publish: ${publishing.status} ${publishing.text}`)
  const published = publishing.json.doc
  const draft = await create(
    'articles',
    tokens.reporter,
    { title: '未发稿件', body: paragraphsToLexical([`正文含${DRAFT_SECRET}。`]) },
    '?draft=true',
  )
  story = { published: published.id, draft: draft.id, region }
})

afterAll(async () => {
  await server?.stop()
})

describe('login sessions', () => {
  it('refuses a token replayed after its session logged out', async () => {
    const token = await login(USERS.reporter)
    expect(await me(token)).toMatchObject({ email: USERS.reporter.email })
    expect((await call('/api/users/logout', { method: 'POST', token })).status).toBe(200)
    expect(await me(token)).toBeNull()
    expect((await call(`/api/articles/${story.draft}`, { token })).status).toBe(404)
  })

  it('refuses tokens issued before a password change', async () => {
    const stolen = await login(USERS.changer)
    const own = await login(USERS.changer)
    const changed = await call(`/api/users/${ids.get(USERS.changer.email)}`, {
      method: 'PATCH',
      token: own,
      body: { password: 'a-new-and-longer-password' },
    })
    expect(changed.status).toBe(200)
    expect(await me(stolen)).toBeNull()
  })

  it("never lets a deleted user's token act as the next user created", async () => {
    const first = await create('users', tokens.admin, user('temp1', 'editor'))
    const token = await login(user('temp1', 'editor'))
    await call(`/api/users/${first.id}`, { method: 'DELETE', token: tokens.admin })
    const next = await create('users', tokens.admin, user('temp2', 'editor'))
    expect(next.id).not.toBe(first.id)
    expect(await me(token)).toBeNull()
    expect((await call(`/api/users/${next.id}`, { token })).status).toBe(403)
  })
})

describe('password guessing', () => {
  const wrong = (address: string, email = USERS.reporter.email) =>
    call<{ errors?: { message: string }[] }>('/api/users/login', {
      method: 'POST',
      address,
      body: { email, password: 'wrong-password' },
    })

  it('answers the eleventh login in a minute from one address with 429, in Chinese and English', async () => {
    const address = freshAddress()
    // Ten different accounts: the throttle is per address, before any per-account lockout.
    for (let i = 0; i < 10; i++) {
      expect((await wrong(address, `nobody${i}@county-news.test`)).status).toBe(401)
    }
    const refused = await wrong(address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.json.errors?.[0].message).toMatch(/登录尝试过于频繁.*too many login attempts/)
    // A forged X-Forwarded-For entry in front of the proxy's own does not give a fresh start.
    expect((await wrong(`203.0.113.7, ${address}`)).status).toBe(429)
    // Nor does spelling the path differently: Payload answers these as logins too.
    for (const variant of ['/api/users/LOGIN', '/api/users/%6Cogin']) {
      const answer = await call(variant, {
        method: 'POST',
        address,
        body: { email: USERS.reporter.email, password: 'wrong-password' },
      })
      expect(answer.status, variant).toBe(429)
    }
    // Another address is not affected.
    expect((await wrong(freshAddress(), 'nobody@county-news.test')).status).toBe(401)
  })

  it('counts every login in a GraphQL request, aliases included', async () => {
    const logins = Array.from(
      { length: 11 },
      (_, i) => `a${i}: loginUser(email: "nobody${i}@county-news.test", password: "x") { exp }`,
    )
    const batch = await call('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { ${logins.join(' ')} }` },
    })
    expect(batch.status).toBe(429)
    // Hiding the name behind a JSON escape changes nothing.
    const escaped = `{"query":"mutation { \\u006coginUser(email: \\"a@b.c\\", password: \\"x\\") { exp } }"}`
    const address = freshAddress()
    for (let i = 0; i < 10; i++) await wrong(address, `nobody${i}@county-news.test`)
    const hidden = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: escaped,
    })
    expect(hidden.status).toBe(429)
  })

  it('answers the sixth password-reset request in ten minutes from one address with 429', async () => {
    const address = freshAddress()
    const ask = () =>
      call('/api/users/forgot-password', {
        method: 'POST',
        address,
        body: { email: 'nobody@county-news.test' },
      })
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(200)
    const refused = await ask()
    expect(refused.status).toBe(429)
    expect(refused.text).toMatch(/重设密码请求过于频繁.*too many password-reset requests/)
  })
})

describe('cross-site requests', () => {
  it('treats a cookie sent from a foreign origin as no login at all', async () => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshAddress() },
      body: JSON.stringify({ email: USERS.editor.email, password: PASSWORD }),
    })
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    const withCookie = (origin: Record<string, string>) =>
      call<Me>('/api/users/me', { headers: { cookie: cookie as string, ...origin } })
    expect((await withCookie({ origin: server.url })).json.user?.email).toBe(USERS.editor.email)
    expect((await withCookie({ origin: EVIL_ORIGIN })).json.user).toBeNull()
    expect((await withCookie({ 'sec-fetch-site': 'cross-site' })).json.user).toBeNull()
    const forged = await call('/api/articles', {
      method: 'POST',
      headers: { cookie: cookie as string, origin: EVIL_ORIGIN },
      body: { title: '跨站伪造', _status: 'published' },
    })
    expect(forged.status).toBe(403)
  })

  it('lets only configured origins read the API cross-origin', async () => {
    for (const method of ['OPTIONS', 'GET']) {
      const evil = await call('/api/articles', { method, headers: { origin: EVIL_ORIGIN } })
      expect(evil.headers.get('access-control-allow-origin')).toBeNull()
      const desk = await call('/api/articles', { method, headers: { origin: ALLOWED_ORIGIN } })
      expect(desk.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN)
    }
  })
})

/** A POST whose Host header says what the test wants (fetch does not let one set Host). */
function postWithHost(pathname: string, body: object, headers: Record<string, string>) {
  const { hostname, port } = new URL(server.url)
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      {
        hostname,
        port,
        path: pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': freshAddress(),
          ...headers,
        },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
    request.end(JSON.stringify(body))
  })
}

describe('password reset', () => {
  it('mails a link to the configured server whatever Host and X-Forwarded-Host say', async () => {
    const before = await login(USERS.forgetful)
    const status = await postWithHost(
      '/api/users/forgot-password',
      { email: USERS.forgetful.email },
      { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    )
    expect(status).toBe(200)
    const [mail] = await mailsTo(USERS.forgetful.email)
    expect(mail.subject).toMatch(/重设.*Reset/)
    expect(mail.html).not.toContain('evil.example')
    const links = mail.html.match(/https?:\/\/[^"<\s]+/g) ?? []
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link.startsWith(`${server.url}/admin/reset/`)).toBe(true)

    // The link works, and the reset ends the sessions opened before it.
    const reset = await call('/api/users/reset-password', {
      method: 'POST',
      body: { token: resetTokenIn(mail.html), password: 'reset-to-something-new' },
    })
    expect(reset.status).toBe(200)
    expect(await me(before)).toBeNull()
    expect(await me(await login(USERS.forgetful, 'reset-to-something-new'))).not.toBeNull()
  })

  it('answers a reset request for an unknown address exactly as for a known one', async () => {
    const known = await call('/api/users/forgot-password', {
      method: 'POST',
      body: { email: USERS.editor.email },
    })
    const unknown = await call('/api/users/forgot-password', {
      method: 'POST',
      body: { email: 'nobody@county-news.test' },
    })
    expect([unknown.status, unknown.text]).toEqual([known.status, known.text])
  })
})

describe('redirects after login and logout', () => {
  const OFF_SITE = ['https://evil.example', '//evil.example', '/\\evil.example']

  it.each(OFF_SITE)('drops redirect=%s from the login and logout pages', async (target) => {
    for (const view of ['/admin/login', '/admin/logout']) {
      const answer = await call(`${view}?redirect=${encodeURIComponent(target)}`)
      expect(answer.status).toBe(307)
      const location = new URL(answer.headers.get('location') ?? '', server.url)
      expect(location.origin).toBe(server.url)
      expect(`${location.pathname}${location.search}`).toBe(view)
    }
  })

  it('keeps a redirect to a page of the site', async () => {
    const answer = await call(
      `/admin/login?redirect=${encodeURIComponent('/admin/collections/articles')}`,
    )
    expect(answer.status).toBe(200)
    // …and the admin still defaults to Chinese on the way.
    expect(answer.headers.get('set-cookie')).toContain('payload-lng=zh')
  })
})

describe('request size', () => {
  type Found = { docs: Doc[]; limit: number }
  type Populated = { regions: { parent: { parent: { parent: unknown } } }[] }

  it('clamps depth=50 to the configured maximum of 3', async () => {
    const deep = await call<Populated>(`/api/articles/${story.published}?depth=50`)
    const three = await call<Populated>(`/api/articles/${story.published}?depth=3`)
    expect(deep.status).toBe(200)
    // article › community › town › county are documents; the prefecture stays an id.
    expect(deep.json.regions[0].parent.parent.parent).toBe(story.region.prefecture)
    expect(deep.json).toEqual(three.json)
  })

  it('caps an anonymous limit at 100 and refuses everything-at-once', async () => {
    expect((await call<Found>('/api/articles?limit=100000')).json.limit).toBe(100)
    expect((await call<Found>('/api/regions?limit=100000')).json.limit).toBe(100)
    for (const query of ['limit=0', 'limit=-1', 'pagination=false']) {
      const refused = await call(`/api/articles?${query}`)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('anonymous reads are paginated')
    }
    const graphql = await call<{ data: { Articles: { limit: number } } }>('/api/graphql', {
      method: 'POST',
      body: { query: '{ Articles(limit: 100000) { limit } }' },
    })
    expect(graphql.json.data.Articles.limit).toBe(100)
    // The newsroom is not capped.
    const staff = await call<Found>('/api/articles?limit=100000', { token: tokens.editor })
    expect(staff.json.limit).toBe(100000)
  })

  it('refuses an over-complex GraphQL query and introspection in production', async () => {
    const fields = Array.from({ length: 300 }, (_, i) => `a${i}: Articles { totalDocs }`)
    const complex = await call<{ errors?: { message: string }[] }>('/api/graphql', {
      method: 'POST',
      body: { query: `{ ${fields.join(' ')} }` },
    })
    expect(complex.json.errors?.[0].message).toMatch(/maximum complexity of 500/)
    const schema = await call<{ data?: unknown; errors?: { message: string }[] }>('/api/graphql', {
      method: 'POST',
      body: { query: '{ __schema { types { name } } }' },
    })
    expect(schema.json.data).toBeUndefined()
    expect(schema.json.errors?.[0].message).toMatch(/introspection is not allowed/)
  })
})

describe('caching of API reads, through next start', () => {
  it('lets a CDN keep anonymous reads (ETag, 304) and never an editor’s', async () => {
    const path = `/api/articles/${story.published}`
    const first = await call(path)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=10')
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^W\/".+"$/)
    const unchanged = await call(path, { headers: { 'if-none-match': etag } })
    expect([unchanged.status, unchanged.text]).toEqual([304, ''])
    const staff = await call(path, { token: tokens.editor })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('etag')).toBeNull()
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(staff.headers.get('x-cache')).toBeNull()
  })
})

describe('queries that probe for secrets', () => {
  /** Two requests that differ only in a guess must get the same answer, and no draft. */
  async function expectNoSignal(right: string, wrong: string, token?: string) {
    const [a, b] = [await call(right, { token }), await call(wrong, { token })]
    expect([a.status, a.text]).toEqual([b.status, b.text])
    expect(a.text).not.toContain(DRAFT_SECRET)
    expect(a.text).not.toContain(DESK_SECRET)
    return a
  }

  it("gives no signal about a user's password-reset token", async () => {
    await call('/api/users/forgot-password', { method: 'POST', body: { email: USERS.admin.email } })
    const token = resetTokenIn((await mailsTo(USERS.admin.email))[0].html)
    expect(token).not.toBe('')
    const prefix = token.slice(0, 6)
    for (const viewer of [undefined, tokens.reporter]) {
      for (const [right, wrong] of [
        [
          `/api/users?where[resetPasswordToken][like]=${prefix}`,
          '/api/users?where[resetPasswordToken][like]=zzzzzz',
        ],
        [
          `/api/articles?where[createdBy.resetPasswordToken][like]=${prefix}`,
          '/api/articles?where[createdBy.resetPasswordToken][like]=zzzzzz',
        ],
        ['/api/users?sort=resetPasswordToken', '/api/users?sort=-resetPasswordToken'],
        [
          '/api/articles?sort=createdBy.resetPasswordToken',
          '/api/articles?sort=-createdBy.resetPasswordToken',
        ],
      ]) {
        await expectNoSignal(right, wrong, viewer)
      }
    }
  })

  it('gives an anonymous reader no signal about emails, desk notes or draft text', async () => {
    const pairs = [
      [
        '/api/articles?where[createdBy.email][like]=editor',
        '/api/articles?where[createdBy.email][like]=zzzzzz',
      ],
      ['/api/articles?sort=createdBy.email', '/api/articles?sort=-createdBy.email'],
      [
        `/api/articles?where[deskNotes][like]=${encodeURIComponent(DESK_SECRET)}`,
        '/api/articles?where[deskNotes][like]=zzzzzz',
      ],
      [
        `/api/articles?where[title][like]=${encodeURIComponent('未发')}`,
        `/api/articles?where[title][like]=${encodeURIComponent('未见')}`,
      ],
      [
        `/api/articles?draft=true&where[title][like]=${encodeURIComponent('未发')}`,
        `/api/articles?draft=true&where[title][like]=${encodeURIComponent('未见')}`,
      ],
      [
        `/api/articles?where[body][like]=${SECRET_WORD}`,
        `/api/articles?where[body][like]=${OTHER_WORD}`,
      ],
      [
        `/api/articles?draft=true&where[body][like]=${SECRET_WORD}`,
        `/api/articles?draft=true&where[body][like]=${OTHER_WORD}`,
      ],
      [
        `/api/articles?where[body.root.children.children.text][like]=${SECRET_WORD}`,
        `/api/articles?where[body.root.children.children.text][like]=${OTHER_WORD}`,
      ],
      [
        `/api/articles/count?where[body][like]=${SECRET_WORD}`,
        `/api/articles/count?where[body][like]=${OTHER_WORD}`,
      ],
      [
        `/api/articles/versions?where[version.body][like]=${SECRET_WORD}`,
        `/api/articles/versions?where[version.body][like]=${OTHER_WORD}`,
      ],
      [
        '/api/payload-jobs?where[input.reason][like]=publish',
        '/api/payload-jobs?where[input.reason][like]=zzzzzz',
      ],
    ]
    for (const [right, wrong] of pairs) await expectNoSignal(right, wrong)
  })

  it('answers SQL smuggled into a JSON path with an error or the published stories only', async () => {
    for (const query of [
      `where[body.root' OR 1=1 --][equals]=x`,
      `where[body.root") OR 1=1 --][like]=x`,
      `where[body][like]=%' OR '1'='1`,
      `where[body][equals]=x') OR 1=1 --`,
      `where[_status][equals]=draft`,
    ]) {
      const answer = await call<{ docs?: Doc[] }>(`/api/articles?${encodeURI(query)}`)
      expect(answer.text).not.toContain(DRAFT_SECRET)
      for (const doc of answer.json?.docs ?? []) expect(doc.id).toBe(story.published)
    }
  })
})

describe('the job queue', () => {
  it('runs jobs only for the desk or a runner holding CRON_SECRET', async () => {
    const run = (headers: Record<string, string>, method = 'GET') =>
      call('/api/payload-jobs/run', { method, headers })
    expect((await run({ authorization: `JWT ${tokens.reporter}` })).status).toBe(401)
    expect(
      (await run({ authorization: `JWT ${tokens.reporter}` }, 'POST')).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await run({ authorization: 'Bearer not-the-secret' })).status).toBe(401)
    expect((await run({})).status).toBe(401)
    expect((await run({ authorization: `JWT ${tokens.editor}` })).status).toBe(200)
    expect((await run({ authorization: `Bearer ${CRON_SECRET}` })).status).toBe(200)
    const schedules = await call('/api/payload-jobs/handle-schedules', { token: tokens.reporter })
    expect(schedules.status).toBe(401)
    expect((await call('/api/payload-jobs', { token: tokens.reporter })).status).toBe(403)
  })
})

describe('a reporter raising their own role', () => {
  const role = async () => {
    const answer = await call<Doc>(`/api/users/${ids.get(USERS.reporter.email)}`, {
      token: tokens.admin,
    })
    return answer.json.role
  }

  it('stays a reporter whatever route the change takes', async () => {
    const id = ids.get(USERS.reporter.email)
    const token = tokens.reporter
    const raise = { role: 'admin' }
    await call(`/api/users/${id}`, { method: 'PATCH', token, body: raise })
    await call('/api/users/me', { method: 'PATCH', token, body: raise })
    await call(`/api/users?where[id][equals]=${id}`, { method: 'PATCH', token, body: raise })
    await call('/api/graphql', {
      method: 'POST',
      token,
      body: { query: `mutation { updateUser(id: ${id}, data: { role: admin }) { role } }` },
    })
    // Auth collections cannot be duplicated at all; a copy would carry the role.
    expect(
      (await call(`/api/users/${id}/duplicate`, { method: 'POST', token, body: raise })).status,
    ).toBe(404)
    expect(await role()).toBe('reporter')
    const created = await call('/api/users', {
      method: 'POST',
      token,
      body: user('upstart', 'admin'),
    })
    expect(created.status).toBe(403)
    expect((await me(token))?.role).toBe('reporter')
  })
})

describe('upload names', () => {
  const mediaDir = () => path.join(server.dir, 'media')
  const SAFE_NAME = /^[\p{L}\p{M}\p{N}_-]+\.jpg$/u

  it('stores path-like, control, bidi and overlong names sanitised inside the media folder', async () => {
    const outside = filesUnder(server.dir).filter((f) => !f.startsWith('media'))
    const escaped = path.resolve(mediaDir(), '../../x.jpg')
    const escapedBefore = fs.existsSync(escaped)
    const names = [
      '../../x.jpg',
      '..\\..\\x.jpg',
      'invoice\u202Egpj.exe',
      '\u2066hidden\u2069.jpg',
      '.htaccess',
      `${'新闻照片'.repeat(75)}.jpg`,
      `${'a'.repeat(300)}.jpg`,
    ]
    for (const name of names) {
      const { status, doc, text } = await upload(tokens.reporter, {
        name,
        data: await photo('#468'),
      })
      expect(status, text).toBe(201)
      const filename = doc?.filename ?? ''
      expect(filename).toMatch(SAFE_NAME)
      expect(Buffer.byteLength(filename)).toBeLessThanOrEqual(160)
      expect(fs.existsSync(path.join(mediaDir(), filename))).toBe(true)
    }
    // A NUL reaches the server only percent-encoded (a raw one breaks the multipart header).
    const nul = await upload(tokens.reporter, {
      name: 'a\u0000b.php.jpg',
      data: await photo('#468'),
      encodedName: true,
    })
    expect(nul.doc?.filename ?? '').toMatch(SAFE_NAME)
    const raw = await upload(tokens.reporter, { name: 'a\u0000b.jpg', data: await photo('#468') })
    expect(raw.status).toBeGreaterThanOrEqual(400)
    // Nothing was written beside the media folder.
    const after = filesUnder(server.dir).filter((f) => !f.startsWith('media'))
    expect(after.filter((f) => !outside.includes(f) && !/^(cms\.db|outbox\/)/.test(f))).toEqual([])
    expect(fs.existsSync(escaped)).toBe(escapedBefore)
    // eslint-disable-next-line no-control-regex -- control characters are what must not appear
    const unsafe = /[\\\u0000-\u001f\u202a-\u202e\u2066-\u2069]/
    for (const file of filesUnder(mediaDir())) expect(file).not.toMatch(unsafe)
  })

  it('takes a photo larger than the 10 MB Next buffers for the proxy, whole', async () => {
    const data = await noisyJpeg(3200, 2600)
    expect(data.length).toBeGreaterThan(10 * 1024 * 1024)
    const { status, doc, text } = await upload(tokens.reporter, { name: 'big.jpg', data })
    expect(status, text).toBe(201)
    expect([doc?.width, doc?.height]).toEqual([3200, 2600])
  })

  it("never overwrites another reporter's photo", async () => {
    const first = await upload(tokens.editor, { name: 'victim.jpg', data: await photo('#a00') })
    const file = path.join(mediaDir(), first.doc?.filename ?? '')
    const before = fs.readFileSync(file)
    for (const name of ['victim.jpg', '../media/victim.jpg', 'VICTIM.jpg', 'victim.php']) {
      const { doc } = await upload(tokens.reporter, { name, data: await photo('#0a0') })
      expect(doc?.filename).not.toBe(first.doc?.filename)
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a photo named only by URL, SVG with script, and pasting from a URL', async () => {
    const docs = async () =>
      (await call<{ totalDocs: number }>('/api/media/count', { token: tokens.editor })).json
        .totalDocs
    const before = { docs: await docs(), files: filesUnder(mediaDir()) }
    const byUrl = await call('/api/media?uploadEdits[crop][x]=0&uploadEdits[crop][width]=50', {
      method: 'POST',
      token: tokens.reporter,
      body: { alt: '远程', filename: 'victim.jpg', url: '/api/media/file/victim.jpg' },
    })
    // Payload wraps the refusal in a 500; the log shows it stopped before any request was made.
    expect(byUrl.status).toBeGreaterThanOrEqual(400)
    expect(server.logTail(200)).toContain('fetching it from a URL is not supported')
    const svg = await upload(tokens.reporter, {
      name: 'logo.svg',
      data: SVG_WITH_SCRIPT,
      type: 'image/svg+xml',
    })
    expect(svg.status).toBeGreaterThanOrEqual(400)
    const pasted = await call(
      `/api/media/paste-url?src=${encodeURIComponent(`${server.url}/api/users/me`)}`,
      {
        token: tokens.reporter,
      },
    )
    expect(pasted.status).toBeGreaterThanOrEqual(400)
    expect({ docs: await docs(), files: filesUnder(mediaDir()) }).toEqual(before)
  })
})

describe('the server log', () => {
  /** The whole log so far, without pino-pretty's colours. */
  // eslint-disable-next-line no-control-regex -- the colour codes are control characters
  const serverLog = () => server.logTail(Number.MAX_SAFE_INTEGER).replace(/\x1b\[[0-9;]*m/g, '')

  it('says nothing about modules it could not load', () => {
    // exifr, which reads photo metadata, loads fs and zlib when the config is first imported.
    expect(serverLog()).toContain('CMS listening on http://127.0.0.1:')
    expect(serverLog()).not.toMatch(/Couldn't load/)
  })

  it('logs a refused request at INFO in one line, not as a server ERROR with a stack', async () => {
    const before = serverLog().length
    const query = await call('/api/articles?where[body][like]=x')
    expect([query.status, query.text]).toEqual([
      400,
      JSON.stringify({ errors: [{ message: '不支持此查询条件 (this query is not allowed)' }] }),
    ])
    const publish = await call(`/api/articles/${story.draft}`, {
      method: 'PATCH',
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    expect(publish.text).toContain('未经终审签发')
    const logged = await waitFor(
      () => {
        const lines = serverLog().slice(before).split('\n')
        return lines.some((line) => line.includes('未经终审签发')) ? lines : undefined
      },
      10_000,
      { what: 'the refusals are logged' },
    )
    const refusals = logged.filter((line) => /\b(400|403)\b/.test(line))
    expect(refusals).toEqual([
      expect.stringMatching(
        / INFO \(payload\): 400 不支持此查询条件 \(this query is not allowed\)$/,
      ),
      expect.stringMatching(/ INFO \(payload\): 403 未经终审签发（或终审后文字有改动），不能发布/),
    ])
    expect(logged.filter((line) => /ERROR|^\s+at /.test(line))).toEqual([])
  })
})

describe('in the admin, with Chromium', () => {
  let browser: Browser
  const dialogs: string[] = []

  const LAUNCH_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
  ]

  async function newContext(): Promise<BrowserContext> {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': freshAddress() },
    })
    context.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    return context
  }

  /** Logs in through the real form, as an editor would. */
  async function logInThroughForm(page: Page, account: SeedUser, query = '') {
    await page.goto(`${server.url}/admin/login${query}`)
    await page.locator('#field-email').fill(account.email)
    await page.locator('#field-password').fill(account.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
  }

  /** Opens a page and gives any injected script time to run. */
  async function open(page: Page, pathname: string, waitFor: string) {
    await page.goto(`${server.url}${pathname}`)
    await page.getByText(waitFor).first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
  }

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("runs none of a reporter's script in the list, edit and version views", async () => {
    const { doc: photoDoc } = await upload(
      tokens.xssReporter,
      { name: `${XSS.img}.jpg`, data: await photo('#246') },
      { alt: `图片${XSS.img}`, caption: `说明${XSS.script}`, creditText: XSS.svg },
    )
    const body = (text: string) => ({
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            children: [
              { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
              {
                type: 'link',
                format: '',
                indent: 0,
                version: 3,
                direction: 'ltr',
                fields: { url: XSS.link, newTab: false, linkType: 'custom' },
                children: [
                  {
                    type: 'text',
                    text: '点我',
                    format: 0,
                    style: '',
                    mode: 'normal',
                    detail: 0,
                    version: 1,
                  },
                ],
              },
            ],
          },
        ],
      },
    })
    const xssStory = await create(
      'articles',
      tokens.xssReporter,
      {
        title: `恶意标题${XSS.img}${XSS.script}`,
        kicker: XSS.svg,
        subtitle: XSS.attribute,
        dateline: `${XSS.script}电头`,
        body: body(`第一版${XSS.img}${XSS.script}`),
        leadPhoto: photoDoc?.id,
      },
      '?draft=true',
    )
    // A second save, so the version view has a difference to show.
    await call(`/api/articles/${xssStory.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.xssReporter,
      body: { title: `恶意标题二${XSS.svg}`, body: body(`第二版${XSS.svg}${XSS.attribute}`) },
    })
    const versions = await call<{ docs: Doc[] }>(
      `/api/articles/versions?where[parent][equals]=${xssStory.id}&sort=-updatedAt`,
      { token: tokens.editor },
    )
    const [latest] = versions.json.docs

    const context = await newContext()
    const page = await context.newPage()
    // The listener does hear a dialog, so hearing none below means none fired.
    await page.evaluate(() => alert('listener check'))
    expect(dialogs.splice(0)).toEqual(['listener check'])
    await logInThroughForm(page, USERS.editor)
    await open(page, '/admin/collections/articles', '恶意标题')
    await open(page, `/admin/collections/articles/${xssStory.id}`, '点我')
    // Clicking the link opens the editor's link toolbar, whose anchor carries the URL: rendered
    // there, it has had its chance to run. React puts a URL that throws in place of a javascript:
    // one, so the anchor is there but never carries the script.
    await page.getByText('点我').first().click({ force: true })
    const toolbarLink = page.locator('.link-editor .link-input a')
    await toolbarLink.waitFor()
    expect(await toolbarLink.getAttribute('href')).not.toBe(XSS.link)
    await open(page, `/admin/collections/articles/${xssStory.id}/versions`, '恶意标题')
    await open(page, `/admin/collections/articles/${xssStory.id}/versions/${latest.id}`, '第二版')
    await open(page, '/admin/collections/media', '图片')
    await open(page, `/admin/collections/media/${photoDoc?.id}`, '图片')
    await context.close()
    expect(dialogs).toEqual([])
  })

  it.each(['https://evil.example', '//evil.example', '/\\evil.example'])(
    'stays on the site after logging in and out with redirect=%s',
    async (target) => {
      const context = await newContext()
      const offSite: string[] = []
      context.on('request', (request) => {
        if (!request.url().startsWith(server.url)) offSite.push(request.url())
      })
      const page = await context.newPage()
      const query = `?redirect=${encodeURIComponent(target)}`
      await logInThroughForm(page, USERS.editor, query)
      expect(new URL(page.url()).origin).toBe(server.url)
      await page.goto(`${server.url}/admin/logout${query}`)
      await page.waitForURL((url) => url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
      expect(new URL(page.url()).origin).toBe(server.url)
      expect(offSite).toEqual([])
      await context.close()
    },
  )
})
