/**
 * What the public site may know: the shape of the snapshot that `loadPublicContent` hands out.
 * Every type is cut from the generated Payload types, so a renamed field breaks the build here,
 * not on the live site. Nothing here can hold a draft, a desk note or an account.
 */
import type { Article, Column, Contributor, Edition, Media, Profile, Region } from '@/payload-types'

import type { BylineRole } from '../fields/bylines'
import type { PhotoFormat, PhotoWidth } from '../lib/imageSizes'
import type { SNAPSHOT_VERSION } from './store'

/** Ids are strings in the snapshot: numbers on SQLite and ObjectIds on MongoDB read alike. */
export type Id = string

export type PublicRegion = Pick<Region, 'name' | 'slug' | 'level'> & {
  id: Id
  slug: string
  parentId: Id | null
  /** The county-level region this one belongs to (itself for a county); null for the prefecture. */
  countyId: Id | null
  /** Ids from the prefecture down to this region, for breadcrumbs. */
  ancestry: Id[]
  order: number | null
}

export type PublicContributor = Pick<
  Contributor,
  'name' | 'defaultRole' | 'affiliation' | 'bio'
> & {
  id: Id
  slug: string
}

export type PublicColumn = Pick<Column, 'name' | 'description'> & { id: Id; slug: string }

/** A stored image file, relative to the media folder; the site copies it, never re-encodes it. */
export type PublicImageFile = {
  filename: string
  width: number
  height: number
  mimeType: string
  filesize: number
}

export type PublicPhoto = Pick<Media, 'alt'> & {
  id: Id
  caption: string | null
  /** The printed credit: a photographer contributor, or an agency line such as 新华社. */
  credit: { name: string; contributorId: Id | null } | null
  dateTaken: string | null
  regionId: Id | null
  focalX: number | null
  focalY: number | null
  original: PublicImageFile
  /** Every size the CMS made, by width and format; a size is missing when the original is smaller. */
  sizes: Partial<Record<PhotoWidth, Partial<Record<PhotoFormat, PublicImageFile>>>>
}

/** Every role a byline can give: the stories' roles and the profiles' narrator. */
export type { BylineRole }

export type PublicByline = { contributorId: Id; name: string; role: BylineRole }

/** Story text in reading order: sanitised HTML between photos placed in the text. */
export type PublicBodyBlock =
  { kind: 'html'; html: string } | { kind: 'photo'; photoId: Id; caption: string | null }

/**
 * An address a story was once published at, kept by the CMS when its county, first-publication
 * date or slug changes after publication, so the site can leave a redirect there.
 */
export type FormerAddress = { countyId: Id | null; publishedAt: string; slug: string }

/** Where a story ran in print: 刊于 2025年12月10日 第3版. */
export type PrintPlacement = {
  editionId: Id
  date: string
  editionNumber: number | null
  page: number
  pageName: string | null
  /** Position on the page, from 1. */
  position: number
}

type StoryCommon = {
  id: Id
  slug: string
  kicker: string | null
  title: string
  subtitle: string | null
  publishedAt: string
  updatedAt: string
  /** The most specific regions tagged. */
  regionIds: Id[]
  /** The county-level region the story is grouped under; null for prefecture-wide news. */
  countyId: Id | null
  columnId: Id | null
  /** Every photo the story shows, lead first. */
  photoIds: Id[]
  formerAddresses: FormerAddress[]
  /** Plain text of the body, for descriptions, feeds and search. */
  excerpt: string
  /** 更正 appended since publication, oldest first (public/corrections.ts). */
  corrections?: PublicCorrection[]
}

/** A dated correction of a published story: what was wrong, what is right. */
export type PublicCorrection = {
  id: Id
  /** When the correction was made (ISO). */
  date: string
  wrong: string
  right: string
  /** When its text was last amended, if it was. */
  amendedAt: string | null
}

export type PublicArticle = StoryCommon & {
  type: 'article'
  dateline: Article['dateline']
  bylines: PublicByline[]
  leadPhotoId: Id | null
  body: PublicBodyBlock[]
}

export type PublicProfile = StoryCommon & {
  type: 'profile'
  narrator: {
    contributorId: Id
    name: string
    age: NonNullable<Profile['narrator']>['age']
    occupation: string | null
    regionId: Id | null
  }
  compiler: { contributorId: Id; name: string } | null
  chapters: { subheading: string | null; body: PublicBodyBlock[] }[]
}

export type PublicStory = PublicArticle | PublicProfile

/** The printed page (版面图): its image in the photos' sizes, and the PDF it came from, if any. */
export type PublicPagePrint = {
  original: PublicImageFile
  sizes: PublicPhoto['sizes']
  pdf: { filename: string; filesize: number } | null
}

/** A story's rectangle on its printed page, in fractions of the page's width and height. */
export type PublicStoryArea = {
  story: { type: PublicStory['type']; id: Id }
  x: number
  y: number
  w: number
  h: number
}

export type PublicEdition = Pick<Edition, 'number'> & {
  id: Id
  /** YYYY-MM-DD in the paper's time zone. */
  date: string
  pages: {
    number: number
    name: string | null
    stories: { type: PublicStory['type']; id: Id }[]
    /** Absent in stores written before the 电子版 (docs/decisions/010-e-paper-pages.md). */
    print?: PublicPagePrint | null
    /** Areas of live stories only. */
    areas?: PublicStoryArea[]
  }[]
}

/** Who the paper is (报社设置): everything a page says about the paper comes from here. */
export type PublicPaper = {
  name: string
  /** For feeds and tight spaces; the name when none is set. */
  shortName: string
  /** The masthead's text; the name when none is set. */
  masthead: string
  /** One line about the paper; the name when none is set. */
  description: string
  /** IANA time zone the paper dates its editions in. */
  timeZone: string
  /** The paper's own dateline, 本报讯. */
  dateline: string
  siteUrl: string | null
  /** The root of the region tree: the prefecture, or the county of a county paper. */
  areaId: Id | null
  /** The masthead's image (报头图片), its alt text the paper's name; the masthead text when none. */
  logo: PublicPhoto | null
}

export type PublicSnapshot = {
  version: typeof SNAPSHOT_VERSION
  generatedAt: string
  paper: PublicPaper
  regions: PublicRegion[]
  contributors: PublicContributor[]
  columns: PublicColumn[]
  photos: PublicPhoto[]
  articles: PublicArticle[]
  profiles: PublicProfile[]
  editions: PublicEdition[]
}
