/**
 * 更正: a story's corrections on its page, in its structured data, on /corrections/ and in that
 * page's feed. Pure functions over the snapshot's stories.
 */
import type { RSSFeedItem } from '@astrojs/rss'

import type { PublicCorrection, PublicStory } from '#contract'
import { formatDate } from './dates'

export const CORRECTIONS_URL = '/corrections/'
export const CORRECTIONS_FEED_URL = '/corrections/rss.xml'
/** The story page's section holding its corrections, linked from the notice above the text. */
export const CORRECTIONS_ANCHOR = 'corrections'

export const correctionAnchor = (correction: PublicCorrection) => `correction-${correction.id}`

/** The corrections of a story, oldest first (as appended). */
export const correctionsOf = (story: PublicStory): PublicCorrection[] => story.corrections ?? []

/** What a reader is told, in one line: 原文：……；更正为：…… */
export const correctionText = (c: PublicCorrection) => `原文：${c.wrong}；更正为：${c.right}`

/** `2026年1月5日更正`, with `（2026年1月6日修改）` when the correction itself was amended. */
export function correctionDateLine(c: PublicCorrection): string {
  const amended = c.amendedAt ? `（${formatDate(c.amendedAt)}修改）` : ''
  return `${formatDate(c.date)}更正${amended}`
}

export type CorrectionEntry = { story: PublicStory; correction: PublicCorrection }

/** Every correction on the site, newest first; ties in the order the stories come. */
export function allCorrections(stories: readonly PublicStory[]): CorrectionEntry[] {
  return stories
    .flatMap((story) => correctionsOf(story).map((correction) => ({ story, correction })))
    .sort((a, b) => Date.parse(b.correction.date) - Date.parse(a.correction.date))
}

/** schema.org `correction` for a story's NewsArticle: one CorrectionComment per correction. */
export function correctionsJsonLd(story: PublicStory, storyUrl: string) {
  const corrections = correctionsOf(story)
  if (corrections.length === 0) return undefined
  return corrections.map((c) => ({
    '@type': 'CorrectionComment',
    text: correctionText(c),
    datePublished: c.date,
    ...(c.amendedAt && { dateModified: c.amendedAt }),
    url: `${storyUrl}#${correctionAnchor(c)}`,
  }))
}

/** A correction as an item of the corrections feed, linking to it on the story's page. */
export function correctionFeedItem(entry: CorrectionEntry, storyUrl: string): RSSFeedItem {
  const { story, correction } = entry
  return {
    title: `更正：${story.title}`,
    link: `${storyUrl}#${correctionAnchor(correction)}`,
    pubDate: new Date(correction.date),
    description: `${correctionDateLine(correction)}：${correctionText(correction)}`,
  }
}
