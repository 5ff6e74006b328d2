/**
 * The snapshot indexed the way pages read it: by id, by region, by contributor, with every story's
 * and region's URL decided once, so no two pages can disagree about where something lives.
 */
import type {
  Id,
  PublicColumn,
  PublicContributor,
  PublicEdition,
  PublicPaper,
  PublicPhoto,
  PublicProfile,
  PublicRegion,
  PublicSnapshot,
  PublicStory,
} from '../../../cms/src/public/types'
import { countyGroups, lineage, regionSlugs, type Group } from './regions'
import { byNewest, groupStories, storyKey } from './stories'
import { regionSlugConflict, regionUrl, storyUrl } from './urls'

export type SiteContent = Omit<PublicSnapshot, 'version'>

export type ContributorWork = {
  /** Articles they are bylined on and profiles they compiled, newest first. */
  stories: PublicStory[]
  /** Profiles in which they tell their own story. */
  narrated: PublicProfile[]
  /** Photos credited to them, each with the newest story that shows it. */
  photos: { photo: PublicPhoto; story: PublicStory }[]
}

export type Site = {
  generatedAt: string
  /** Who the paper is: its name and the rest of 报社设置. */
  paper: PublicPaper
  regions: ReadonlyMap<Id, PublicRegion>
  contributors: ReadonlyMap<Id, PublicContributor>
  columns: ReadonlyMap<Id, PublicColumn>
  photos: ReadonlyMap<Id, PublicPhoto>
  /** Articles and profiles together, newest first. */
  stories: readonly PublicStory[]
  /** Newest first. */
  editions: readonly PublicEdition[]
  /** 全州 first, then the counties in order. */
  groups: readonly Group[]
  find: (ref: { type: PublicStory['type']; id: Id }) => PublicStory | undefined
  groupOf: (story: PublicStory) => Group
  urlOf: (story: PublicStory) => string
  regionUrlOf: (region: PublicRegion) => string
  /** A group's own stories (the prefecture's: prefecture-wide news only), newest first. */
  storiesOf: (group: Group) => readonly PublicStory[]
  /** Stories tagged with the region or any place inside it; for the prefecture, its own news. */
  storiesIn: (region: PublicRegion) => readonly PublicStory[]
  storiesInColumn: (column: PublicColumn) => readonly PublicStory[]
  workOf: (contributor: PublicContributor) => ContributorWork
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Every region gets a page of its own, or the build stops and says which ones collide. */
function regionUrls(regions: ReadonlyMap<Id, PublicRegion>): Map<Id, string> {
  const urls = new Map<Id, string>()
  const owners = new Map<string, string>()
  const problems: string[] = []
  for (const region of regions.values()) {
    const slugs = regionSlugs(region, regions)
    const url = regionUrl(slugs)
    const conflict = regionSlugConflict(slugs)
    if (conflict) problems.push(`${region.name} (${url}): ${conflict}`)
    const owner = owners.get(url)
    if (owner) problems.push(`${owner} and ${region.name} would share ${url}`)
    owners.set(url, region.name)
    urls.set(region.id, url)
  }
  if (problems.length > 0) {
    throw new Error(`Some regions cannot have a page of their own:\n- ${problems.join('\n- ')}`)
  }
  return urls
}

export function indexSite(content: SiteContent): Site {
  const regions = new Map(content.regions.map((r) => [r.id, r]))
  const contributors = new Map(content.contributors.map((c) => [c.id, c]))
  const columns = new Map(content.columns.map((c) => [c.id, c]))
  const photos = new Map(content.photos.map((p) => [p.id, p]))
  const stories = [...content.articles, ...content.profiles].sort(byNewest)
  const editions = [...content.editions].sort((a, b) => b.date.localeCompare(a.date))
  const byKey = new Map(stories.map((s) => [storyKey(s), s]))

  const groups = countyGroups(content.regions)
  const prefecture = groups.find((g) => g.region.level === 'prefecture')?.region ?? null
  const groupById = new Map(groups.map((g) => [g.region.id, g]))
  const grouped = groupStories(stories, prefecture?.id ?? null)
  const groupOf = (story: PublicStory): Group => {
    const group = groupById.get(story.countyId ?? prefecture?.id ?? '')
    if (!group) throw new Error(`“${story.title}” belongs to no county-level group`)
    return group
  }

  const regionUrlById = regionUrls(regions)

  // The oldest story keeps a contested address and a later namesake takes its id as a suffix, so
  // a URL once published never changes hands.
  const urls = new Map<string, string>()
  const taken = new Set<string>()
  for (const story of [...stories].reverse()) {
    const groupSlug = groupOf(story).region.slug
    let url = storyUrl(story, groupSlug)
    if (taken.has(url)) url = storyUrl({ ...story, slug: `${story.slug}-${story.id}` }, groupSlug)
    taken.add(url)
    urls.set(storyKey(story), url)
  }

  const inRegion = new Map<Id, PublicStory[]>()
  const inColumn = new Map<Id, PublicStory[]>()
  const bylined = new Map<Id, PublicStory[]>()
  const narrated = new Map<Id, PublicProfile[]>()
  const shownIn = new Map<Id, PublicStory>()
  for (const story of stories) {
    const places = new Set(
      story.regionIds.flatMap((id) => {
        const region = regions.get(id)
        return region ? lineage(region, regions).filter((r) => r.level !== 'prefecture') : []
      }),
    )
    if (story.countyId === null && prefecture) places.add(prefecture)
    for (const place of places) push(inRegion, place.id, story)
    if (story.columnId) push(inColumn, story.columnId, story)
    const credited =
      story.type === 'article'
        ? story.bylines.map((b) => b.contributorId)
        : story.compiler
          ? [story.compiler.contributorId]
          : []
    for (const id of new Set(credited)) push(bylined, id, story)
    if (story.type === 'profile') push(narrated, story.narrator.contributorId, story)
    for (const id of story.photoIds) if (!shownIn.has(id)) shownIn.set(id, story)
  }
  const photographed = new Map<Id, { photo: PublicPhoto; story: PublicStory }[]>()
  for (const [id, story] of shownIn) {
    const photo = photos.get(id)
    if (photo?.credit?.contributorId)
      push(photographed, photo.credit.contributorId, { photo, story })
  }

  const urlOf = (story: PublicStory) => {
    const url = urls.get(storyKey(story))
    if (!url) throw new Error(`“${story.title}” is not in this snapshot`)
    return url
  }
  const regionUrlOf = (region: PublicRegion) => {
    const url = regionUrlById.get(region.id)
    if (!url) throw new Error(`region ${region.name} is not in this snapshot`)
    return url
  }

  return {
    generatedAt: content.generatedAt,
    paper: content.paper,
    regions,
    contributors,
    columns,
    photos,
    stories,
    editions,
    groups,
    find: (ref) => byKey.get(storyKey(ref)),
    groupOf,
    urlOf,
    regionUrlOf,
    storiesOf: (group) => grouped.get(group.region.id) ?? [],
    storiesIn: (region) => inRegion.get(region.id) ?? [],
    storiesInColumn: (column) => inColumn.get(column.id) ?? [],
    workOf: (contributor) => ({
      stories: bylined.get(contributor.id) ?? [],
      narrated: narrated.get(contributor.id) ?? [],
      photos: photographed.get(contributor.id) ?? [],
    }),
  }
}
