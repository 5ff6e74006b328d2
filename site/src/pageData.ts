/**
 * What each page is rendered from. The site builder (site/builder/pages.ts) decides, for every page,
 * which stories, photos and places it shows and hands it exactly those, resolved; the page templates
 * only render what they are given (`Astro.locals.page`).
 */
import type { Id, PublicEdition } from '#contract'
import type { SiteContent } from './lib/site'

/** `article:12` or `profile:3`. */
export type StoryKey = string

/** A month of an archive, `YYYY-MM`. */
export type Month = string

type Page<K extends string, T> = { kind: K; content: SiteContent } & T

/** A list with a front page of the latest stories and an archive page per month. */
type Listing = {
  stories: StoryKey[]
  /** Months with stories, newest first: the archive's links. */
  months: Month[]
  /** This page's month, or null for the front page. */
  month: Month | null
}

export type PageData =
  | Page<
      'home',
      {
        edition: { id: Id; leads: StoryKey[] } | null
        groups: { regionId: Id; stories: StoryKey[] }[]
        profiles: StoryKey[]
        columns: { columnId: Id; latest: StoryKey | null }[]
      }
    >
  | Page<'region', Listing & { regionId: Id }>
  | Page<'story', { key: StoryKey; related: StoryKey[] }>
  | Page<'profiles', Listing>
  | Page<'column', Listing & { columnId: Id }>
  | Page<'columns', { columns: { columnId: Id; count: number }[] }>
  | Page<
      'contributor',
      Listing & {
        contributorId: Id
        narrated: StoryKey[]
        photos: { photoId: Id; story: StoryKey }[]
      }
    >
  | Page<'editions', { editions: Id[]; years: string[]; year: string | null }>
  | Page<'edition', { editionId: Id; newer: PublicEdition['date'] | null; older: PublicEdition['date'] | null }>
  /** One printed page of an edition: its image with story areas, and its neighbours in the edition. */
  | Page<'editionPage', { editionId: Id; page: number; previous: number | null; next: number | null }>
  | Page<'search', { shards: string[] }>
  | Page<'notFound', { latest: StoryKey[] }>
  | Page<'feed', { regionId: Id | null; stories: StoryKey[] }>
  | Page<'newsSitemap', { stories: StoryKey[] }>
  | Page<'sitemapIndex', { sitemaps: string[] }>
  | Page<'sitemap', { entries: { url: string; lastmod: string | null }[] }>
  | Page<'robots', Record<never, never>>
  /** Every correction (更正), newest first: the page, and its feed. */
  | Page<'corrections', { stories: StoryKey[] }>

export type PageKind = PageData['kind']

/** The page of the given kind that this request renders. */
export function pageOf<K extends PageKind>(
  locals: { page?: PageData },
  ...kinds: K[]
): Extract<PageData, { kind: K }> {
  const page = locals.page
  if (!page || !(kinds as string[]).includes(page.kind)) {
    throw new Error(`this route renders ${kinds.join('/')} pages, not ${page?.kind ?? 'nothing'}`)
  }
  return page as Extract<PageData, { kind: K }>
}
