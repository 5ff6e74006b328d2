/**
 * The environment the CMS and its commands read, typed: a misspelt name is a type error rather
 * than a setting that silently falls back to its default. Each is explained in `.env.example`;
 * `env.ts` (and `databaseUri.ts`, which must not create anything) read them, once, into typed
 * values that everything else imports. All are optional: every one has a working default.
 */
declare global {
  namespace NodeJS {
    interface ProcessEnv {
      NODE_ENV?: 'development' | 'production' | 'test'
      DATABASE_URI?: string
      PAYLOAD_SECRET?: string
      DATA_DIR?: string
      MEDIA_DIR?: string
      SERVER_URL?: string
      ALLOWED_ORIGINS?: string
      CMS_PORT?: string
      SITE_PORT?: string
      SITE_URL?: string
      MAX_UPLOAD_MB?: string
      MAX_IMAGE_MEGAPIXELS?: string
      CRON_SECRET?: string
      LOG_LEVEL?: string
      SITES_DIR?: string
      SITE_BUILD_RUNNER?: 'on' | 'off'
      SITE_SOURCE_DIR?: string
      TRUST_PROXY?: string
      LOGIN_RATE_LIMIT?: string
      FORGOT_PASSWORD_RATE_LIMIT?: string
      MAIL_OUTBOX_DIR?: string
      /** Set by batch commands (seed, import, restore, `npm start`'s preparation), never by hand. */
      SQLITE_TRANSACTIONS?: 'true'
      /** Integration suites also run against MongoDB when set. */
      MONGODB_URI?: string
    }
  }
}

export {}
