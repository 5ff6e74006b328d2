import type { Payload } from 'payload'

import { relationId } from '../lib/relationId'
import type { PublicPaper } from './types'

/**
 * The paper's settings (报社设置) as the site shows them, read as an anonymous reader: its name on
 * every page, the masthead, the description, the coverage area. Empty optional settings fall back
 * to the paper's name, so a site never shows a blank masthead.
 */
export async function loadPaper(payload: Payload): Promise<PublicPaper> {
  const settings = await payload.findGlobal({
    slug: 'paper-settings',
    depth: 0,
    overrideAccess: false,
  })
  const name = settings.name.trim()
  const area = relationId(settings.area)
  return {
    name,
    shortName: settings.shortName?.trim() || name,
    masthead: settings.masthead?.trim() || name,
    description: settings.description?.trim() || name,
    timeZone: settings.timeZone,
    dateline: settings.dateline,
    siteUrl: settings.siteUrl?.trim() || null,
    areaId: area === null ? null : String(area),
  }
}
