import type { TextField } from 'payload'

/**
 * 电头: a new story opens with the paper's own dateline from 报社设置 (本报讯 for most papers), so
 * a paper that prints 本报消息 or 本报电 sets it once instead of retyping it on every story.
 */
export const datelineField = (): TextField => ({
  name: 'dateline',
  type: 'text',
  defaultValue: async ({ req }) => {
    const settings = await req.payload.findGlobal({ slug: 'paper-settings', depth: 0, req })
    return settings.dateline
  },
  label: { en: 'Dateline', zh: '电头' },
  admin: { description: { en: 'e.g. 本报讯, 新华社讯', zh: '如“本报讯”“新华社讯”。' } },
})
