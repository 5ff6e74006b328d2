import { randomBytes } from 'node:crypto'
import type { RequiredDataFromCollectionSlug } from 'payload'

import { paragraphsToLexical, type RichText } from '@/lib/lexical'
import type { Article, PhotoBlock } from '@/payload-types'

import { narratorFacts } from './narrator'
import type { ParsedStory } from './types'

type Id = Article['id']

/** A photo inside the text, after `after` paragraphs. */
export interface BodyPhoto {
  media: Id
  after: number
}

/** What an article points at, found or created in the CMS. */
export interface ArticleRefs {
  bylines: NonNullable<Article['bylines']>
  leadPhoto: Id | null
  bodyPhotos: BodyPhoto[]
  regions: Id[]
  column: Id | null
}

/** What a first-person profile points at, found or created in the CMS. */
export interface ProfileRefs {
  narrator: Id
  compiler: Id | null
  photos: Id[]
  regions: Id[]
  column: Id | null
}

/**
 * A photo block node as the Lexical blocks feature stores it. The block's own caption is left
 * empty so the photo's caption shows, and stays the one place to correct it.
 */
export function photoBlockNode(media: Id) {
  const fields: PhotoBlock = {
    // Lexical block ids are ObjectId-style: 24 hex digits.
    id: randomBytes(12).toString('hex'),
    blockName: '',
    blockType: 'photo',
    media,
  }
  return { type: 'block', version: 2, format: '', fields }
}

/** Story text as Lexical, with each photo block after the paragraphs printed above it. */
export function bodyWithPhotos(paragraphs: string[], photos: BodyPhoto[]): RichText {
  const body = paragraphsToLexical(paragraphs)
  const blocksAfter = (count: number) =>
    photos
      .filter((photo) => Math.min(photo.after, paragraphs.length) === count)
      .map((photo) => photoBlockNode(photo.media))
  body.root.children = [
    ...blocksAfter(0),
    ...body.root.children.flatMap((node, index) => [node, ...blocksAfter(index + 1)]),
  ]
  return body
}

// An imported page has been written and laid out already: its stories start in 初审's queue.
const draft = { workflow: 'submitted', _status: 'draft' } as const

/** A parsed article as a draft for the Articles collection. */
export function articleData(
  story: ParsedStory,
  refs: ArticleRefs,
): RequiredDataFromCollectionSlug<'articles'> {
  return {
    kicker: story.kicker,
    title: story.title,
    subtitle: story.subtitle,
    // A story printed without one gets the paper's own (报社设置), as one typed in the admin does.
    dateline: story.dateline ?? undefined,
    bylines: refs.bylines,
    leadPhoto: refs.leadPhoto,
    body: bodyWithPhotos(story.paragraphs, refs.bodyPhotos),
    regions: refs.regions,
    column: refs.column,
    ...draft,
  }
}

/**
 * A parsed first-person story as a draft for the Profiles collection; the narrator's age and
 * occupation come from what they say of themselves (narrator.ts), left empty when they say nothing.
 */
export function profileData(
  story: ParsedStory,
  refs: ProfileRefs,
): RequiredDataFromCollectionSlug<'profiles'> {
  return {
    kicker: story.kicker,
    title: story.title,
    subtitle: story.subtitle,
    narrator: { contributor: refs.narrator, ...narratorFacts(story.paragraphs) },
    compiler: refs.compiler,
    chapters: story.chapters.map((chapter) => ({
      subheading: chapter.subheading,
      body: paragraphsToLexical(chapter.paragraphs),
    })),
    photos: refs.photos,
    regions: refs.regions,
    column: refs.column,
    ...draft,
  }
}
