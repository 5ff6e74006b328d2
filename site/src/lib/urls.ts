/**
 * Every URL the site links to is built here. Region pages nest by slug (`/qingshan-shi/dongfenglu-jiedao/`);
 * articles add a four-digit year and a month (`/qingshan-shi/2025/12/{slug}/`), which no pinyin
 * region slug can be, so a story can never shadow a town.
 */
import type { PublicStory } from '#contract'
import { paperDate } from './dates'

type Slugged = { slug: string }

export const HOME_URL = '/'
export const PROFILES_URL = '/profiles/'
export const COLUMNS_URL = '/columns/'
export const EDITIONS_URL = '/editions/'
export const SEARCH_URL = '/search/'
export const FEED_URL = '/rss.xml'

export const contributorUrl = (contributor: Slugged) => `/contributors/${contributor.slug}/`
export const columnUrl = (column: Slugged) => `/columns/${column.slug}/`
export const profileUrl = (profile: Slugged) => `/profiles/${profile.slug}/`

/** An edition's page, or one of its pages by anchor: `/editions/2025-12-10/#page-3`. */
export const editionUrl = (date: string, page?: number) =>
  `/editions/${date}/${page === undefined ? '' : `#page-${page}`}`

/** A printed page of an edition, as the 电子版 shows it: `/editions/2025-12-10/3/`. */
export const editionPageUrl = (date: string, page: number) => `/editions/${date}/${page}/`

/** Media keep the CMS's file names, which may be Chinese or hold spaces. */
export const mediaUrl = (filename: string) => `/media/${encodeURIComponent(filename)}`

/** A region page from its slugs below the prefecture (the prefecture itself: its own slug). */
export const regionUrl = (slugs: readonly string[]) => `/${slugs.join('/')}/`

/** A county-level group's feed: `/qingshan-shi/rss.xml`. */
export const groupFeedUrl = (groupSlug: string) => `/${groupSlug}/rss.xml`

/** A list's archive page for one month: `/qingshan-shi/2025/12/`, `/columns/sqztc/2025/12/`. */
export const monthUrl = (baseUrl: string, month: string) =>
  `${baseUrl}${month.slice(0, 4)}/${month.slice(5, 7)}/`

/**
 * A story's address: articles under their county-level group, dated by when they were first
 * published (in the paper's time zone), profiles in their own section.
 */
export function storyUrl(
  story: Pick<PublicStory, 'type' | 'slug' | 'publishedAt'>,
  groupSlug: string,
): string {
  if (story.type === 'profile') return profileUrl(story)
  const { year, month } = paperDate(story.publishedAt)
  return `/${groupSlug}/${year}/${month}/${story.slug}/`
}

/** First segments the site itself uses; a county or the prefecture may not take one. */
const SITE_SECTIONS = new Set([
  'profiles',
  'contributors',
  'columns',
  'editions',
  'search',
  'media',
  'pagefind',
  '_astro',
  '404',
])

/**
 * Why a region's path would collide with another route, or null. Below the top level a slug must
 * not look like a list page (`page`), an article year (`2025`) or a feed.
 */
export function regionSlugConflict(slugs: readonly string[]): string | null {
  const [top, ...below] = slugs
  if (SITE_SECTIONS.has(top) || top.includes('.')) return `“${top}” is taken by the site itself`
  const clash = below.find((s) => s === 'page' || /^\d{4}$/.test(s) || s.includes('.'))
  return clash ? `“${clash}” would shadow a list page, an article year or a feed` : null
}
