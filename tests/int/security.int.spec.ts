import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import {
  MAX_STEM_CHARACTERS,
  safeUploadName,
} from '@/collections/Media/hooks/sanitizeUploadFilename'
import { clientAddress, SlidingWindowLimiter } from '@/security/rateLimit'
import { isSameOriginPath } from '@/security/safeRedirect'

import { createNewsroom, PASSWORD } from '../helpers/fixtures'
import { readOutboxMail } from '../helpers/outbox'
import { startCMS, type TestCMS } from '../helpers/payload'
import { projectRoot } from '../helpers/root'

const SERVER_URL = 'https://cms.county-news.test'

let cms: TestCMS
let payload: Payload
let outbox: string
let editor: User
let reporter: User

const as = (user: User) => ({ user, overrideAccess: false as const })

beforeAll(async () => {
  outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-outbox-'))
  cms = await startCMS({ SERVER_URL, MAIL_OUTBOX_DIR: outbox })
  payload = cms.payload
  ;({ editor, reporter } = await createNewsroom(payload))
})

afterAll(async () => {
  await cms?.cleanup()
  fs.rmSync(outbox, { recursive: true, force: true })
})

describe('the login lockout', () => {
  const account = (name: string) =>
    payload.create({
      collection: 'users',
      data: { email: `${name}@county-news.test`, password: PASSWORD, name, role: 'reporter' },
    })
  const attempt = (email: string, password: string) =>
    payload.login({ collection: 'users', data: { email, password } })
  const stored = (id: number) =>
    payload.db.findOne<{ id: number; loginAttempts?: number; lockUntil?: string | null }>({
      collection: 'users',
      where: { id: { equals: id } },
    })

  it('is not outrun by twenty wrong passwords sent at once, and then refuses the right one', async () => {
    const target = await account('parallel')
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => attempt(target.email, 'wrong-password')),
    )
    expect(results.every((r) => r.status === 'rejected')).toBe(true)
    const after = await stored(target.id)
    expect(after?.loginAttempts).toBeGreaterThanOrEqual(5)
    expect(new Date(after?.lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
    await expect(attempt(target.email, PASSWORD)).rejects.toThrow(/locked|锁定/i)
  })

  it('leaves no usable session from a right password hidden among twenty wrong ones', async () => {
    const target = await account('hidden')
    const results = await Promise.allSettled([
      ...Array.from({ length: 20 }, () => attempt(target.email, 'wrong-password')),
      attempt(target.email, PASSWORD),
    ])
    const tokens = results.flatMap((r) =>
      r.status === 'fulfilled' && r.value.token ? [r.value.token] : [],
    )
    for (const token of tokens) {
      const { user } = await payload.auth({
        headers: new Headers({ authorization: `JWT ${token}` }),
      })
      expect(user).toBeNull()
    }
    await expect(attempt(target.email, PASSWORD)).rejects.toThrow(/locked|锁定/i)
  })
})

describe('a reporter raising their own role', () => {
  it('stays a reporter through update, bulk update, create and duplicate', async () => {
    await payload.update({
      collection: 'users',
      id: reporter.id,
      data: { role: 'admin', contributor: null },
      ...as(reporter),
    })
    await payload.update({
      collection: 'users',
      where: { id: { equals: reporter.id } },
      data: { role: 'admin' },
      ...as(reporter),
    })
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'upstart@county-news.test', password: PASSWORD, name: 'x', role: 'admin' },
        ...as(reporter),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.duplicate({ collection: 'users', id: reporter.id, ...as(reporter) }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'The collection with slug users cannot be duplicated.',
    })
    const stored = await payload.findByID({ collection: 'users', id: reporter.id })
    expect(stored.role).toBe('reporter')
    expect(
      await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } }),
    ).toEqual({ totalDocs: 1 })
  })
})

describe('admin preferences', () => {
  it("keep a reporter from reading, changing or deleting an editor's", async () => {
    const theirs = await payload.create({
      collection: 'payload-preferences',
      data: {
        key: 'articles-list',
        value: { columns: ['title'] },
        user: { relationTo: 'users', value: editor.id },
      },
      ...as(editor),
    })
    const seen = await payload.find({ collection: 'payload-preferences', ...as(reporter) })
    expect(seen.docs.map((d) => d.id)).not.toContain(theirs.id)
    await expect(
      payload.update({
        collection: 'payload-preferences',
        id: theirs.id,
        data: { value: { columns: ['hijacked'] } },
        ...as(reporter),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'payload-preferences', id: theirs.id, ...as(reporter) }),
    ).rejects.toMatchObject({ status: 403 })
    const after = await payload.findByID({ collection: 'payload-preferences', id: theirs.id })
    expect(after.value).toEqual({ columns: ['title'] })
  })
})

describe('the password-reset mail', () => {
  it('links to SERVER_URL and escapes the name the user chose', async () => {
    const victim = await payload.create({
      collection: 'users',
      data: {
        email: 'named@county-news.test',
        password: PASSWORD,
        name: '<img src=x onerror=alert(1)>',
        role: 'reporter',
      },
    })
    await payload.forgotPassword({ collection: 'users', data: { email: victim.email } })
    const [file] = fs.readdirSync(outbox)
    expect(fs.statSync(path.join(outbox, file)).mode & 0o777).toBe(0o600)
    const mail = readOutboxMail(outbox, file)
    expect(mail.to).toBe(victim.email)
    expect(mail.html).toMatch(new RegExp(`href="${SERVER_URL}/admin/reset/[0-9a-f]+"`))
    expect(mail.html).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toMatch(/您好.*Hello/s)
  })

  it('is signed with the paper’s name from its settings, escaped', async () => {
    await payload.updateGlobal({
      slug: 'paper-settings',
      data: { name: '青山<晚报>' },
      context: { skipSiteBuild: true },
    })
    const before = new Set(fs.readdirSync(outbox))
    await payload.forgotPassword({ collection: 'users', data: { email: reporter.email } })
    const file = fs.readdirSync(outbox).find((name) => !before.has(name))!
    const mail = readOutboxMail(outbox, file)
    expect(mail.subject).toBe(
      '重设青山<晚报>采编系统密码 (Reset your 青山<晚报> newsroom password)',
    )
    expect(mail.html).toContain('重设青山&#60;晚报&#62;采编系统的登录密码')
  })
})

describe('upload names', () => {
  const upload = async (name: string, format: 'jpeg' | 'png' = 'jpeg') => {
    const image = sharp({ create: { width: 64, height: 48, channels: 3, background: '#579' } })
    const data = await (format === 'png' ? image.png() : image.jpeg()).toBuffer()
    return payload.create({
      collection: 'media',
      data: { alt: '测试' },
      file: { data, name, mimetype: 'image/jpeg', size: data.length },
      ...as(reporter),
    })
  }

  it('keeps only a safe last component, whatever the separators and hidden characters', async () => {
    const cases: [string, RegExp][] = [
      ['../../etc/passwd.jpg', /^passwd(-\d+)?\.jpg$/],
      ['..\\..\\windows\\win.ini.jpg', /^win-ini(-\d+)?\.jpg$/],
      ['a\u0000b.jpg', /^ab(-\d+)?\.jpg$/],
      ['report\u202Egpj.exe', /^reportgpj(-\d+)?\.jpg$/],
      ['...hidden.jpg', /^hidden(-\d+)?\.jpg$/],
      ['-rf --no-preserve-root.jpg', /^rf-no-preserve-root(-\d+)?\.jpg$/],
      ['昌吉市 美院社区（2026）.JPG', /^昌吉市-美院社区-2026(-\d+)?\.jpg$/],
      ['.jpg', /^photo(-\d+)?\.jpg$/],
    ]
    for (const [name, expected] of cases) {
      const doc = await upload(name)
      expect(doc.filename).toMatch(expected)
      expect(fs.existsSync(path.join(cms.dir, 'media', doc.filename as string))).toBe(true)
    }
  })

  it('names the file after the format of its bytes, not the name it came with', async () => {
    const doc = await upload('shell.php', 'png')
    expect(doc.filename).toMatch(/^shell(-\d+)?\.png$/)
    expect(doc.mimeType).toBe('image/png')
  })

  it('shortens a 300-character name to 100 characters and 150 bytes', () => {
    expect(safeUploadName(`${'a'.repeat(300)}.jpg`, 'jpg')).toBe(
      `${'a'.repeat(MAX_STEM_CHARACTERS)}.jpg`,
    )
    const chinese = safeUploadName(`${'新'.repeat(300)}.jpg`, 'jpg')
    expect(chinese).toBe(`${'新'.repeat(50)}.jpg`)
    // Uyghur and Kazakh names keep their letters and marks.
    expect(safeUploadName('ئۈرۈمچى.jpg', 'jpg')).toBe('ئۈرۈمچى.jpg')
  })
})

describe('the login throttle', () => {
  it('admits the limit within a window, then refuses until the oldest attempt ages out', () => {
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 60_000 })
    for (const t of [0, 1000, 2000]) expect(limiter.take('a', 1, t)).toEqual({ allowed: true })
    expect(limiter.take('a', 1, 3000)).toEqual({ allowed: false, retryAfterSeconds: 57 })
    expect(limiter.take('b', 1, 3000)).toEqual({ allowed: true })
    expect(limiter.take('a', 1, 60_001)).toEqual({ allowed: true })
    expect(limiter.take('c', 4, 0)).toMatchObject({ allowed: false })
  })

  it('trusts X-Forwarded-For only as far as the proxy that wrote its last entry', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.4' })
    expect(clientAddress(headers, true)).toBe('198.51.100.4')
    expect(clientAddress(headers, false)).toBe('203.0.113.9, 198.51.100.4')
    expect(clientAddress(new Headers(), true)).toBe('unknown')
  })
})

describe('redirect targets', () => {
  it('accepts paths on this site and refuses anything a browser would take elsewhere', () => {
    for (const safe of ['/admin', '/admin/collections/articles?where[a]=b', '/admin/login#x']) {
      expect(isSameOriginPath(safe)).toBe(true)
    }
    for (const unsafe of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/%2F%2Fevil.example',
      '/%252F%252Fevil.example',
      '/%5Cevil.example',
      '/\t/evil.example',
      '/javascript:alert(1)',
      'javascript:alert(1)',
      'admin',
    ]) {
      expect(isSameOriginPath(unsafe), unsafe).toBe(false)
    }
  })
})

describe('package versions', () => {
  it('pins payload and every @payloadcms package to one version, and installs that version', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies?: Record<string, string>
    }
    const declared = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter(([name]) => name === 'payload' || name.startsWith('@payloadcms/'))
      .map(([name, range]) => ({ name, range }))
    expect(declared.map((d) => d.name)).toContain('payload')
    const version = declared.find((d) => d.name === 'payload')?.range
    for (const { name, range } of declared) {
      // An exact version: a caret range would let one package drift on the next install.
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/)
      expect(range, name).toBe(version)
      const installed = JSON.parse(
        fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string }
      expect(installed.version, name).toBe(version)
    }
    // Also those that come in with them (drizzle, graphql, …): one release, installed together.
    const scope = path.join(projectRoot, 'node_modules/@payloadcms')
    for (const name of fs.readdirSync(scope)) {
      const installed = JSON.parse(
        fs.readFileSync(path.join(scope, name, 'package.json'), 'utf8'),
      ) as { version: string }
      expect(installed.version, `@payloadcms/${name}`).toBe(version)
    }
  })
})
