import type { Id, PublicRegion } from '#contract'
import { regionUrl } from './urls'

export type RegionsById = ReadonlyMap<Id, PublicRegion>

/** The regions from the prefecture down to this one, itself included (the snapshot's ancestry). */
export function lineage(region: PublicRegion, regions: RegionsById): PublicRegion[] {
  return region.ancestry.flatMap((id) => regions.get(id) ?? [])
}

/** The slugs a region's URL is made of: its lineage below the prefecture, or the prefecture's own. */
export function regionSlugs(region: PublicRegion, regions: RegionsById): string[] {
  const below = lineage(region, regions).filter((r) => r.level !== 'prefecture')
  return (below.length > 0 ? below : [region]).map((r) => r.slug)
}

export type Crumb = { name: string; url: string }

/** 云岭州 › 青山市 › 东风路街道 › 幸福社区, each linking to its region page. */
export function breadcrumb(region: PublicRegion, regions: RegionsById): Crumb[] {
  return lineage(region, regions).map((r) => ({
    name: r.name,
    url: regionUrl(regionSlugs(r, regions)),
  }))
}

/** A county-level group of stories: a county, or the prefecture for prefecture-wide news. */
export type Group = { region: PublicRegion; label: string }

/**
 * What a paper calls news of its whole area: 全 and the ending of the area's own name (州, 地区,
 * 市, 盟; 县 for a county paper), never a word fixed in code, since areas differ in kind. A name
 * with none of these endings (a development zone made the root by hand) is its own label.
 */
export function areaWideLabel(region: Pick<PublicRegion, 'name'>): string {
  const ending = /(地区|州|盟|市|县|区|旗)$/.exec(region.name)
  return ending ? `全${ending[1]}` : region.name
}

/**
 * The groups the site is organised by: the prefecture first (`areaWideLabel`), as the paper leads
 * with prefecture news, then the counties in their editorial `order` (unordered ones last, by name).
 */
export function countyGroups(regions: Iterable<PublicRegion>): Group[] {
  const all = [...regions]
  const prefectures = all.filter((r) => r.level === 'prefecture')
  const counties = all
    .filter((r) => r.level === 'county')
    .sort(
      (a, b) =>
        (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    )
  return [
    ...prefectures.map((region) => ({ region, label: areaWideLabel(region) })),
    ...counties.map((region) => ({ region, label: region.name })),
  ]
}

/** Regions one level down, in the order a reader scans them. */
export function childRegions(
  region: PublicRegion,
  regions: Iterable<PublicRegion>,
): PublicRegion[] {
  const children = [...regions].filter((r) => r.parentId === region.id)
  return region.level === 'prefecture' ? countyGroups(children).map((g) => g.region) : children
}
