import type { FieldHook } from 'payload'

/**
 * A new story without a dateline gets the paper's own (报社设置: 本报讯, or 伊犁晨报讯…); one set to
 * empty on purpose, or imported from a page that prints none, stays without.
 */
export const populateDateline: FieldHook = async ({ value, operation, req }) => {
  if (operation !== 'create' || value !== undefined) return value
  const settings = await req.payload.findGlobal({ slug: 'paper-settings', depth: 0, req })
  return settings.dateline
}
