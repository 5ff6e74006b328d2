import type { Payload } from 'payload'

import { setPaperTimeZone } from '../../../site/src/lib/dates'
import { relationId } from '../lib/relationId'
import { shapePhoto } from './shapePhoto'
import type { PublicPaper } from './types'

/**
 * The paper's settings (报社设置) as the site shows them, read as an anonymous reader: its name on
 * every page, the masthead, the description, the coverage area. Empty optional settings fall back
 * to the paper's name, so a site never shows a blank masthead. The logo, when set, is shown in
 * the masthead with the paper's name as its text alternative (the masthead is the paper's name).
 */
export async function loadPaper(payload: Payload): Promise<PublicPaper> {
  const settings = await payload.findGlobal({
    slug: 'paper-settings',
    depth: 0,
    overrideAccess: false,
  })
  // Whatever this process dates next (month files, story addresses) is in the paper's calendar.
  setPaperTimeZone(settings.timeZone)
  const name = settings.name.trim()
  const area = relationId(settings.area)
  const logoId = relationId(settings.logo)
  const logo =
    logoId === null
      ? null
      : await payload
          .find({
            collection: 'media',
            where: { id: { equals: logoId } },
            depth: 0,
            limit: 1,
            overrideAccess: false,
          })
          .then(({ docs }) => (docs[0] ? shapePhoto(docs[0], new Map()) : null))
  return {
    name,
    shortName: settings.shortName?.trim() || name,
    masthead: settings.masthead?.trim() || name,
    description: settings.description?.trim() || name,
    timeZone: settings.timeZone,
    dateline: settings.dateline,
    siteUrl: settings.siteUrl?.trim() || null,
    areaId: area === null ? null : String(area),
    logo: logo && { ...logo, alt: name, caption: null, credit: null },
  }
}
