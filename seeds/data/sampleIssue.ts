import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { User } from '@/payload-types'

/** The reference paper, as its 报社设置 are set when the sample is loaded. */
export const SAMPLE_PAPER = {
  name: '昌吉日报',
  shortName: '昌吉日报',
  description: '昌吉日报网络版：昌吉州及各县市新闻、口述实录、电子版面。',
  dateline: '本报讯',
  timeZone: 'Asia/Shanghai',
} as const

/** The page the product ships with, and where it is placed: 2025-12-10, 第3版 县市新闻. */
export const SAMPLE_PAGE = {
  file: path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../changji-daily-county-page.txt',
  ),
  /** The page as printed, for the 电子版: made by `npm run -s print:sample-page`, committed. */
  print: path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../changji-daily-county-page.pdf',
  ),
  date: '2025-12-10',
  edition: 1,
  page: 3,
  pageName: '县市新闻',
} as const

export const SAMPLE_COLUMNS = [
  { name: '社区直通车', description: '社区里的新鲜事和为民服务。' },
] as const

/**
 * One demo login per role. Their passwords are generated on each fresh seed and printed once; they
 * are for trying the product and must be changed (or the accounts removed) before real use.
 */
export const DEMO_USERS: { name: string; email: string; role: User['role'] }[] = [
  { name: '演示管理员', email: 'admin@county-news.local', role: 'admin' },
  { name: '演示编辑', email: 'editor@county-news.local', role: 'editor' },
  { name: '演示记者', email: 'reporter@county-news.local', role: 'reporter' },
  { name: '演示初审', email: 'desk@county-news.local', role: 'desk' },
  { name: '演示复审', email: 'section@county-news.local', role: 'section' },
  { name: '演示终审', email: 'chief@county-news.local', role: 'chief' },
]
