/**
 * What one page shows, indexed the way its templates read it: by id, with every story's and
 * region's URL already decided (by the site builder, which sees the whole archive), so no two pages
 * can disagree about where something lives.
 */
import type {
  Id,
  PrintPlacement,
  PublicColumn,
  PublicContributor,
  PublicEdition,
  PublicPaper,
  PublicPhoto,
  PublicRegion,
  PublicSnapshot,
  PublicStory,
} from '#contract'
import type { Link } from './cards'
import { countyGroups, type Group } from './regions'
import { storyKey } from './stories'

/** The slice of the public store a page is rendered from: a snapshot of just what it shows. */
export type SiteContent = Omit<PublicSnapshot, 'version'> & {
  /** Story key → URL, for every story on the page. */
  storyUrls: Record<string, string>
  /** Region id → URL, for every region on the page. */
  regionUrls: Record<Id, string>
}

export type Site = {
  generatedAt: string
  /** Who the paper is: its name and the rest of 报社设置. */
  paper: PublicPaper
  regions: ReadonlyMap<Id, PublicRegion>
  contributors: ReadonlyMap<Id, PublicContributor>
  columns: ReadonlyMap<Id, PublicColumn>
  photos: ReadonlyMap<Id, PublicPhoto>
  editions: ReadonlyMap<Id, PublicEdition>
  /** The prefecture-wide group first, then the counties in order. */
  groups: readonly Group[]
  find: (ref: { type: PublicStory['type']; id: Id }) => PublicStory | undefined
  /** Stories by key (`article:12`), skipping any the page was not given. */
  stories: (keys: readonly string[]) => PublicStory[]
  groupOf: (story: PublicStory) => Group
  urlOf: (story: PublicStory) => string
  regionUrlOf: (region: PublicRegion) => string
  /** Where the story first ran in print: 刊于 2025年12月10日 第3版. */
  printOf: (story: PublicStory) => PrintPlacement | null
}

export function indexSite(content: SiteContent): Site {
  const regions = new Map(content.regions.map((r) => [r.id, r]))
  const groups = countyGroups(content.regions)
  const prefecture = groups.find((g) => g.region.level === 'prefecture')?.region ?? null
  const byKey = new Map(
    [...content.articles, ...content.profiles].map((s) => [storyKey(s), s] as const),
  )
  const editions = [...content.editions].sort((a, b) => a.date.localeCompare(b.date))

  const groupOf = (story: PublicStory): Group => {
    const id = story.countyId ?? prefecture?.id ?? ''
    const group = groups.find((g) => g.region.id === id)
    if (!group) throw new Error(`“${story.title}” belongs to no county-level group`)
    return group
  }
  const printOf = (story: PublicStory): PrintPlacement | null => {
    const key = storyKey(story)
    for (const edition of editions) {
      for (const page of edition.pages) {
        const index = page.stories.findIndex((ref) => storyKey(ref) === key)
        if (index >= 0) {
          return {
            editionId: edition.id,
            date: edition.date,
            editionNumber: edition.number ?? null,
            page: page.number,
            pageName: page.name,
            position: index + 1,
          }
        }
      }
    }
    return null
  }

  return {
    generatedAt: content.generatedAt,
    paper: content.paper,
    regions,
    contributors: new Map(content.contributors.map((c) => [c.id, c])),
    columns: new Map(content.columns.map((c) => [c.id, c])),
    photos: new Map(content.photos.map((p) => [p.id, p])),
    editions: new Map(content.editions.map((e) => [e.id, e])),
    groups,
    find: (ref) => byKey.get(storyKey(ref)),
    stories: (keys) => keys.flatMap((key) => byKey.get(key) ?? []),
    groupOf,
    urlOf: (story) => {
      const url = content.storyUrls[storyKey(story)]
      if (!url) throw new Error(`“${story.title}” has no URL on this page`)
      return url
    },
    regionUrlOf: (region) => {
      const url = content.regionUrls[region.id]
      if (!url) throw new Error(`region ${region.name} has no URL on this page`)
      return url
    },
    printOf,
  }
}

/** What every page's frame shows: who the paper is, and a link to each county-level group. */
export type SiteFrame = { paper: PublicPaper; counties: Link[] }

export const siteFrame = (site: Site): SiteFrame => ({
  paper: site.paper,
  counties: site.groups.map((group) => ({ label: group.label, url: site.regionUrlOf(group.region) })),
})
