import type { SourceLine } from './lines'
import type { ParsedStory } from './types'

/** Where a photo goes in an article: above the text as its lead photo, or after `n` paragraphs. */
export type PhotoPlace = 'lead' | number

// Long enough to find a paragraph's opening again in the page, short enough to sit on one line.
const PROBE_CHARS = 12

/**
 * Places each photo of an article where the page prints it: the first photo printed before the
 * byline is the lead photo; every other photo follows the paragraphs printed above its caption.
 */
export function placePhotos(story: ParsedStory, lines: SourceLine[]): PhotoPlace[] {
  const starts = paragraphStartLines(story, lines)
  let hasLead = false
  return story.photos.map((photo) => {
    const above = starts.filter((line) => line < photo.line).length
    if (above > 0 || hasLead) return above
    hasLead = true
    return 'lead'
  })
}

/**
 * The page line each paragraph of a story starts on, found by its opening words in page order.
 * Paragraphs are the parser's repaired text, so a paragraph cut at a column end starts on the line
 * of its first half.
 */
export function paragraphStartLines(story: ParsedStory, lines: SourceLine[]): number[] {
  let next = lines.findIndex((source) => source.line >= story.line)
  let previous = story.line
  return story.paragraphs.map((paragraph) => {
    const probe = paragraph.slice(0, PROBE_CHARS)
    const index = next < 0 ? -1 : lines.findIndex((s, i) => i >= next && s.text.includes(probe))
    if (index < 0) return previous
    next = index + 1
    previous = lines[index].line
    return previous
  })
}
