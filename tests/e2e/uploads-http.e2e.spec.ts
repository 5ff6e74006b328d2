import http from 'node:http'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedUsers, startCmsServer, type CmsServer, type SeedUser } from '../helpers/cmsServer'
import { filesIn, noisyJpeg } from '../helpers/images'

const PASSWORD = 'correct-horse-battery-staple'
const ADMIN: SeedUser = {
  email: 'admin@county-news.test',
  password: PASSWORD,
  name: '管理员',
  role: 'admin',
}
const REPORTER: SeedUser = {
  email: 'reporter@county-news.test',
  password: PASSWORD,
  name: '记者',
  role: 'reporter',
}

let server: CmsServer

/** Logs in over HTTP and answers the token and the session cookie as the server set it. */
async function login(target: CmsServer, account: SeedUser) {
  const response = await fetch(`${target.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const { token } = (await response.json()) as { token: string }
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  return { token, cookie: cookie ?? '' }
}

/** A photo sent the way a browser's form sends one. */
async function upload(token: string, name: string, data: Buffer) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: '测试照片' }))
  const response = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  return {
    status: response.status,
    json: (await response.json()) as {
      errors?: { message: string }[]
      doc?: { url: string; sizes: Record<string, { url: string | null }> }
    },
  }
}

/**
 * The same upload over node:http, reading the answer however the server ends the request: a refusal
 * while the body is still streaming comes before the upload has finished sending (fetch reports only
 * the reset that follows it, a browser shows the answer).
 */
async function uploadAnsweredEarly(token: string, name: string, data: Buffer) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: '测试照片' }))
  const encoded = new Response(form)
  const body = Buffer.from(await encoded.arrayBuffer())
  return new Promise<{ status: number; message: string }>((resolve, reject) => {
    const request = http.request(`${server.url}/api/media`, {
      method: 'POST',
      headers: {
        authorization: `JWT ${token}`,
        'content-type': encoded.headers.get('content-type') ?? '',
        'content-length': body.length,
      },
    })
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          errors?: { message: string }[]
        }
        resolve({ status: response.statusCode ?? 0, message: json.errors?.[0]?.message ?? '' })
      })
    })
    // A reset after the answer is how the refusal ends; without an answer it is the failure.
    request.on('error', (error) => setTimeout(() => reject(error), 2000))
    request.end(body)
  })
}

const mediaRows = async (token: string) => {
  const response = await fetch(`${server.url}/api/media?depth=0&limit=1`, {
    headers: { authorization: `JWT ${token}` },
  })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

/** The cookie's attributes, lower-cased, without its value. */
const attributesOf = (cookie: string) =>
  cookie
    .split(';')
    .slice(1)
    .map((part) => part.trim().split('=')[0].toLowerCase())

beforeAll(async () => {
  server = await startCmsServer({ env: { MAX_UPLOAD_MB: '1' } })
  await seedUsers(server, [ADMIN, REPORTER])
})

afterAll(async () => {
  await server?.stop()
})

describe('uploads over HTTP', () => {
  it('answers an upload over the limit with 413 and stores neither a file nor a row', async () => {
    const { token } = await login(server, REPORTER)
    const big = await noisyJpeg(1400, 1000)
    expect(big.length).toBeGreaterThan(1024 * 1024)
    const mediaDir = path.join(server.dir, 'media')
    const filesBefore = filesIn(mediaDir)
    const rowsBefore = await mediaRows(token)

    const refused = await uploadAnsweredEarly(token, 'too-big.jpg', big)
    expect(refused.status).toBe(413)
    expect(refused.message).toBe('照片超过 1 MB 上限 (file too large)')
    expect(filesIn(mediaDir)).toEqual(filesBefore)
    expect(await mediaRows(token)).toBe(rowsBefore)
    // Not even a truncated copy under any name, anywhere in the server's folders.
    expect(filesIn(server.dir).filter((file) => file.includes('too-big'))).toEqual([])
  })

  it('serves stored photos and their sizes with X-Content-Type-Options: nosniff', async () => {
    const { token } = await login(server, REPORTER)
    const small = await sharp({
      create: { width: 900, height: 600, channels: 3, background: '#468' },
    })
      .jpeg()
      .toBuffer()
    const stored = await upload(token, 'small.jpg', small)
    expect(stored.status).toBe(201)
    const { url, sizes } = stored.json.doc!
    const urls = [url, ...Object.values(sizes).map((size) => size.url)].filter((u): u is string =>
      Boolean(u),
    )
    expect(urls.length).toBeGreaterThan(3)
    for (const fileUrl of urls) {
      const response = await fetch(new URL(fileUrl, server.url))
      expect(response.status, fileUrl).toBe(200)
      expect(response.headers.get('content-type'), fileUrl).toMatch(/^image\//)
      expect(response.headers.get('x-content-type-options'), fileUrl).toBe('nosniff')
    }
  })
})

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and not Secure on plain http', async () => {
    const { cookie } = await login(server, REPORTER)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(attributesOf(cookie)).not.toContain('secure')
  })

  it('is Secure when SERVER_URL is https', async () => {
    const tls = await startCmsServer({ env: { SERVER_URL: 'https://cms.county-news.test' } })
    try {
      await seedUsers(tls, [ADMIN])
      const { cookie } = await login(tls, ADMIN)
      expect(attributesOf(cookie)).toEqual(
        expect.arrayContaining(['httponly', 'samesite', 'secure']),
      )
    } finally {
      await tls.stop()
    }
  })
})
