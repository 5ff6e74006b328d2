import type { ParsedStory } from './types'

/** Where a photo goes in an article: above the text as its lead photo, or after `n` paragraphs. */
export type PhotoPlace = 'lead' | number

/**
 * Places each photo of an article where the page prints it: the first photo printed before the
 * byline is the lead photo; every other photo follows the paragraphs printed above its caption.
 */
export function placePhotos(story: ParsedStory): PhotoPlace[] {
  let hasLead = false
  return story.photos.map((photo) => {
    const above = story.paragraphLines.filter((line) => line < photo.line).length
    if (above > 0 || hasLead) return above
    hasLead = true
    return 'lead'
  })
}
