import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { databaseUriOf, dataDirOf } from './databaseUri'
import { projectRoot } from './projectRoot'

export { projectRoot }

const fromRoot = (p: string) => (path.isAbsolute(p) ? p : path.resolve(projectRoot, p))

const dataDir = dataDirOf(process.env)

/**
 * A fresh clone must run with nothing configured, yet a secret baked into the code would sign
 * every install's tokens alike. So an unset PAYLOAD_SECRET becomes a random one, kept beside the
 * database it protects.
 */
function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

const cmsPort = Number(process.env.CMS_PORT || 3000)
const list = (value: string | undefined) =>
  (value || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

const serverURL = (process.env.SERVER_URL || `http://127.0.0.1:${cmsPort}`).replace(/\/$/, '')

export const env = {
  production: process.env.NODE_ENV === 'production',
  logLevel: process.env.LOG_LEVEL || 'info',
  dataDir,
  databaseUri: databaseUriOf(process.env),
  payloadSecret: payloadSecret(),
  serverURL,
  cmsPort,
  sitePort: Number(process.env.SITE_PORT || 4321),
  /** This deployment's site address, over 报社设置's 网站地址 (a staging copy, a test): see siteAddress.ts. */
  siteURL: process.env.SITE_URL?.replace(/\/$/, '') || null,
  /** Where `npm start` serves the site: the address when neither SITE_URL nor 报社设置 gives one. */
  localSiteURL: `http://127.0.0.1:${Number(process.env.SITE_PORT || 4321)}`,
  /** Origins allowed to send credentialed requests (CSRF) and to read the API cross-origin (CORS). */
  allowedOrigins: [serverURL, ...list(process.env.ALLOWED_ORIGINS)],
  mediaDir: fromRoot(process.env.MEDIA_DIR || 'cms/media'),
  /** Site builds, the `live` symlink the web server serves, and the one before it. */
  sitesDir: fromRoot(process.env.SITES_DIR || 'var/site'),
  /** The Astro project the public site is built from: a paper can keep its own templates. */
  siteSourceDir: fromRoot(process.env.SITE_SOURCE_DIR || 'site'),
  /**
   * SQLite transactions, for batch processes only (seed, import, restore). The CMS server keeps them
   * off: libsql hands a transaction its own connection without the busy timeout, so two editors
   * saving at once would fail with SQLITE_BUSY. See docs/decisions/002-sqlite-transactions.md.
   */
  sqliteTransactions: process.env.SQLITE_TRANSACTIONS === 'true',
  /** Whether this CMS process runs the queued site builds itself. */
  runSiteBuilds: process.env.SITE_BUILD_RUNNER !== 'off',
  maxUploadBytes: Number(process.env.MAX_UPLOAD_MB || 25) * 1024 * 1024,
  /** 100 megapixels: a 50 MP camera image passes, a decompression bomb does not. */
  maxImagePixels: Number(process.env.MAX_IMAGE_MEGAPIXELS || 100) * 1_000_000,
  /** Lets an external job runner call /api/payload-jobs/run; unset means only editors can. */
  cronSecret: process.env.CRON_SECRET || '',
  // Security settings (docs/security.md).
  /** Behind a reverse proxy that sets X-Forwarded-For: the client is its last entry. */
  trustProxy: process.env.TRUST_PROXY === '1',
  /** Logins per minute, and reset mails per ten minutes, from one address; 0 turns a throttle off. */
  loginRateLimit: Number(process.env.LOGIN_RATE_LIMIT || 10),
  forgotPasswordRateLimit: Number(process.env.FORGOT_PASSWORD_RATE_LIMIT || 5),
  /** Without an SMTP adapter, outgoing mail is also written here as JSON files (tests read it). */
  mailOutboxDir: process.env.MAIL_OUTBOX_DIR ? fromRoot(process.env.MAIL_OUTBOX_DIR) : '',
}
