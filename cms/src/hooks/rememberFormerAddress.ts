import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { setPaperTimeZone } from '../../../site/src/lib/dates'
import { monthOf } from '../publicContent/store'
import { relationId } from '../lib/relationId'

type RegionRef = NonNullable<Article['regions']>[number]

/** The county-level region a story is listed under, as the public export decides it: its first place that has one. */
async function countyOf(regions: RegionRef[] | null | undefined, req: PayloadRequest) {
  const ids = (regions ?? []).map((r) => relationId(r)).filter((id) => id !== null)
  if (ids.length === 0) return null
  const { docs } = await req.payload.find({
    collection: 'regions',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const id of ids) {
    const region = docs.find((d) => d.id === id)
    if (!region) continue
    const county = region.level === 'county' ? region.id : relationId(region.county)
    if (county) return county
  }
  return null
}

/**
 * A published story's address is made of its county, the month it was first published and its
 * slug. When an edit of a live story changes one of them, the old address is kept here, so the site
 * leaves a redirect where readers, search engines and other sites still link: addresses never break.
 */
export const rememberFormerAddress: CollectionBeforeChangeHook<Article | Profile> = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published' || !originalDoc?.id) return data
  // The address readers know is the live one, not the latest draft: a live story is edited as a
  // draft, signed off again and then published, and the draft already carries the new place.
  const live =
    originalDoc._status === 'published'
      ? originalDoc
      : await req.payload
          .findByID({
            collection: collection.slug as 'articles' | 'profiles',
            id: originalDoc.id,
            draft: false,
            depth: 0,
            overrideAccess: true,
            req,
          })
          .catch(() => null)
  if (live?._status !== 'published' || !live.publishedAt || !live.slug) return data
  const before = {
    county: await countyOf(live.regions, req),
    publishedAt: live.publishedAt,
    slug: live.slug,
  }
  const after = {
    county: await countyOf(data.regions !== undefined ? data.regions : originalDoc.regions, req),
    publishedAt: data.publishedAt ?? originalDoc.publishedAt ?? live.publishedAt,
    slug: data.slug ?? originalDoc.slug ?? live.slug,
  }
  // Addresses are dated in the paper's calendar, whatever this process dated last.
  const settings = await req.payload.findGlobal({ slug: 'paper-settings', depth: 0, req })
  setPaperTimeZone(settings.timeZone)
  const moved =
    before.county !== after.county ||
    monthOf(before.publishedAt) !== monthOf(after.publishedAt) ||
    before.slug !== after.slug
  if (!moved) return data
  const kept = (live.formerAddresses ?? []).map((a) => ({
    county: relationId(a.county),
    publishedAt: a.publishedAt,
    slug: a.slug,
  }))
  const same = (a: typeof before) =>
    a.county === before.county &&
    monthOf(a.publishedAt) === monthOf(before.publishedAt) &&
    a.slug === before.slug
  data.formerAddresses = kept.some(same) ? kept : [...kept, before]
  return data
}
