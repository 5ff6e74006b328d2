import type { PayloadRequest } from 'payload'

import { env } from '../env'

/** What the mails say before a paper has a name of its own. */
const PRODUCT_NAME = '县域新闻'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Where the reset link points: always the configured SERVER_URL. Payload would otherwise build it
 * from the request, and a forged Host or X-Forwarded-Host would mail the token to another site.
 */
export const resetPasswordURL = (token: string) =>
  `${env.serverURL}/admin/reset/${encodeURIComponent(token)}`

type EmailArgs = { req?: PayloadRequest; token?: string; user?: unknown }

/** The paper's name from 报社设置, which the mails are signed with. */
async function paperName(req: PayloadRequest | undefined): Promise<string> {
  if (!req) return PRODUCT_NAME
  const settings = await req.payload.findGlobal({ slug: 'paper-settings', depth: 0, req })
  return settings.name || PRODUCT_NAME
}

export const resetPasswordSubject = async ({ req }: EmailArgs = {}) => {
  const name = await paperName(req)
  return `重设${name}采编系统密码 (Reset your ${name} newsroom password)`
}

/** The reset mail, in Chinese then English; the name is escaped, since users choose their own. */
export async function resetPasswordHTML({ req, token = '', user }: EmailArgs = {}) {
  const paper = escapeHtml(await paperName(req))
  const link = escapeHtml(resetPasswordURL(token))
  const name =
    user && typeof user === 'object' && 'name' in user && typeof user.name === 'string'
      ? escapeHtml(user.name)
      : ''
  return [
    `<p>${name}，您好：</p>`,
    `<p>有人（希望是您本人）申请重设${paper}采编系统的登录密码。请在一小时内打开下面的链接设置新密码：</p>`,
    `<p><a href="${link}">${link}</a></p>`,
    '<p>如果不是您本人申请，请忽略本邮件，您的密码不会改变。</p>',
    '<hr>',
    `<p>Hello ${name},</p>`,
    `<p>Someone (hopefully you) asked to reset the password of your ${paper} newsroom account. Open this link within one hour to choose a new one:</p>`,
    `<p><a href="${link}">${link}</a></p>`,
    '<p>If it was not you, ignore this email: your password stays as it is.</p>',
  ].join('\n')
}
