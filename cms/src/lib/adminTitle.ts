import type { Metadata } from 'next'

/** What the admin's titles end with until a paper has a name: the product's. */
export const ADMIN_TITLE_SUFFIX = ' · 县域新闻'

const rename = (text: string, paper: string) =>
  text.endsWith(ADMIN_TITLE_SUFFIX)
    ? `${text.slice(0, -ADMIN_TITLE_SUFFIX.length)} · ${paper}`
    : text

/**
 * The admin's page metadata with the paper's name in place of the product's: Payload appends one
 * fixed `titleSuffix` from the config, while the name is data in 报社设置.
 */
export function withPaperTitle(metadata: Metadata, paper: string): Metadata {
  const { title } = metadata
  if (!paper.trim() || !title) return metadata
  if (typeof title === 'string') return { ...metadata, title: rename(title, paper) }
  const renamed = Object.fromEntries(
    Object.entries(title).map(([key, value]) => [
      key,
      typeof value === 'string' ? rename(value, paper) : value,
    ]),
  ) as typeof title
  return { ...metadata, title: renamed }
}
