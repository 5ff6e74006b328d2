import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { build } from 'pino-pretty'
import sharp from 'sharp'

import { isDeskOrJobRunner } from './access/isDeskOrJobRunner'
import { Articles } from './collections/Articles'
import { Columns } from './collections/Columns'
import { Contributors } from './collections/Contributors'
import { Corrections } from './collections/Corrections'
import { Editions } from './collections/Editions'
import { PagePrints } from './collections/PagePrints'
import { Media } from './collections/Media'
import { ProofreadingTerms } from './collections/ProofreadingTerms'
import { Profiles } from './collections/Profiles'
import { Regions } from './collections/Regions'
import { SiteChanges } from './collections/SiteChanges'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import {
  requestSiteBuildEndpoint,
  rollbackSiteEndpoint,
  siteBuildStatusEndpoint,
} from './endpoints/siteBuild'
import { monthlyReportEndpoint } from './endpoints/monthlyReport'
import { previewEndpoint } from './endpoints/preview'
import { env } from './env'
import { ADMIN_TITLE_SUFFIX } from './lib/adminTitle'
import { releaseOrphanedJobsOnce, rememberStart } from './lib/orphanedJobs'
import { removeHalfWrittenUploads } from './lib/uploadsInProgress'
import { PaperSettings } from './globals/PaperSettings'
import { withResponseCacheClearing } from './hooks/clearResponseCache'
import { FeeRates } from './globals/FeeRates'
import { ReviewSettings } from './globals/ReviewSettings'
import { signOffMutation } from './graphql/signOffMutation'
import { logRefusalsAsInfo } from './logging/logRefusalsAsInfo'
import { logEmailAdapter } from './security/logEmailAdapter'
import { DEFAULT_TIME_ZONE } from '../../site/src/consts'
import { withReadGuards } from './security/withReadGuards'
import { buildSiteTask } from './siteBuild/buildSiteTask'
import { SITE_BUILD_QUEUE } from './siteBuild/queue'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverURL,
  secret: env.payloadSecret,
  db: databaseAdapter(env.databaseUri, { sqliteTransactions: env.sqliteTransactions }),
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    // Gravatar is unreachable from a newsroom's closed network and would leak staff emails.
    avatar: 'default',
    // The schedule drawer enters and lists times in Beijing time, not in the browser's or the
    // server's: 18:00 means 18:00 in the newsroom wherever the editor or the machine sits. (Payload
    // reads these zones once, from the config: a paper set to another zone in 报社设置 lists it here.)
    timezones: {
      supportedTimezones: [{ label: '北京时间 (Asia/Shanghai)', value: DEFAULT_TIME_ZONE }],
      defaultTimezone: DEFAULT_TIME_ZONE,
    },
    // Replaced by the paper's name from 报社设置 on every admin page (app/(payload)/admin/…/page.tsx).
    meta: { titleSuffix: ADMIN_TITLE_SUFFIX },
    components: {
      afterNavLinks: ['/components/ReportsNavLink#ReportsNavLink'],
      views: {
        monthlyReport: {
          Component: '/components/MonthlyReportView#MonthlyReportView',
          path: '/reports',
        },
      },
      beforeDashboard: [
        '/components/ReviewQueues#ReviewQueues',
        '/components/SiteBuildStatus#SiteBuildStatus',
      ],
    },
  },
  endpoints: [
    siteBuildStatusEndpoint,
    requestSiteBuildEndpoint,
    rollbackSiteEndpoint,
    previewEndpoint,
    monthlyReportEndpoint,
  ],
  // API reads: anonymous pages of at most 100 documents, no sorting by account secrets, no
  // anonymous queries into JSON or rich text (security/withReadGuards.ts); anonymous answers are
  // cached until what readers see changes (responseCache/).
  collections: [
    Articles,
    Profiles,
    Editions,
    Corrections,
    Media,
    PagePrints,
    Contributors,
    Regions,
    Columns,
    ProofreadingTerms,
    Users,
    SiteChanges,
  ]
    .map(withReadGuards)
    .map(withResponseCacheClearing),
  globals: [PaperSettings, FeeRates, ReviewSettings],
  editor: lexicalEditor(),
  i18n: {
    // The newsroom works in Chinese; English stays one click away in the account settings.
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
  },
  // Only pages served from our own origins may use a logged-in editor's cookie.
  csrf: env.allowedOrigins,
  cors: env.allowedOrigins,
  // Public reads never need deeper joins than story → photo → photographer.
  maxDepth: 3,
  defaultDepth: 1,
  graphQL: {
    // Refuses queries that would join the whole archive in one request.
    maxComplexity: 500,
    disablePlaygroundInProduction: true,
    // Payload's default, stated: production does not hand out a map of every type and field.
    disableIntrospectionInProduction: true,
    // 三审三校 sign-offs, refused exactly as over REST (lib/signOff.ts).
    mutations: signOffMutation,
  },
  // Mail goes to the log (and MAIL_OUTBOX_DIR) until an SMTP adapter is configured for production.
  email: logEmailAdapter,
  upload: {
    // Larger bodies are refused while streaming in, not truncated and stored.
    limits: { fileSize: env.maxUploadBytes },
    abortOnLimit: true,
    responseOnLimit: `照片超过 ${Math.round(env.maxUploadBytes / 1024 / 1024)} MB 上限 (file too large)`,
  },
  jobs: {
    access: { run: isDeskOrJobRunner, queue: isDeskOrJobRunner, cancel: isDeskOrJobRunner },
    // Scheduled publishing: due jobs are picked up within ten seconds of their time, and because
    // jobs live in the database they survive a restart of the CMS.
    autoRun: [
      { cron: '*/10 * * * * *', queue: 'default', limit: 50 },
      // Site builds are picked up within a second of being asked for, one at a time — unless
      // another machine runs them (`payload jobs:run --queue site`).
      ...(env.runSiteBuilds ? [{ cron: '* * * * * *', queue: SITE_BUILD_QUEUE, limit: 1 }] : []),
    ],
    // Lets the site build supersede older pending requests and never run twice at once.
    enableConcurrencyControl: true,
    // Jobs a killed CMS left marked as running would otherwise never run again.
    shouldAutoRun: releaseOrphanedJobsOnce,
    deleteJobOnComplete: false,
    tasks: [buildSiteTask],
  },
  onInit: async (payload) => {
    rememberStart(payload)
    // Files of uploads a killed process left half-written go before anything else reads the folder.
    await removeHalfWrittenUploads(payload)
  },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  // Logs are diagnostics: on stderr they never mix with what a command prints on stdout (the
  // importer's dry run prints one JSON document there).
  logger: {
    options: { level: env.logLevel, hooks: { logMethod: logRefusalsAsInfo } },
    destination: build({
      colorize: true,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss',
      destination: 2,
    }),
  },
})
