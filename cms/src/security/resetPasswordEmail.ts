import { env } from '../env'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Where the reset link points: always the configured SERVER_URL. Payload would otherwise build it
 * from the request, and a forged Host or X-Forwarded-Host would mail the token to another site.
 */
export const resetPasswordURL = (token: string) =>
  `${env.serverURL}/admin/reset/${encodeURIComponent(token)}`

export const resetPasswordSubject = () => '重设县域新闻密码 (Reset your County News password)'

/** The reset mail, in Chinese then English; the name is escaped, since users choose their own. */
export function resetPasswordHTML({ token = '', user }: { token?: string; user?: unknown } = {}) {
  const link = escapeHtml(resetPasswordURL(token))
  const name =
    user && typeof user === 'object' && 'name' in user && typeof user.name === 'string'
      ? escapeHtml(user.name)
      : ''
  return [
    `<p>${name}，您好：</p>`,
    '<p>有人（希望是您本人）申请重设县域新闻采编系统的登录密码。请在一小时内打开下面的链接设置新密码：</p>',
    `<p><a href="${link}">${link}</a></p>`,
    '<p>如果不是您本人申请，请忽略本邮件，您的密码不会改变。</p>',
    '<hr>',
    `<p>Hello ${name},</p>`,
    '<p>Someone (hopefully you) asked to reset the password of your County News newsroom account. Open this link within one hour to choose a new one:</p>',
    `<p><a href="${link}">${link}</a></p>`,
    '<p>If it was not you, ignore this email: your password stays as it is.</p>',
  ].join('\n')
}
