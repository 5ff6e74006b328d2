import type { PageText } from './renderPagePdf'

/** A rectangle on the page, as fractions of its width and height from the top-left corner. */
export type Box = { x: number; y: number; w: number; h: number }

/** A story's printed words: its headline lines, and everything else it prints. */
export type StoryWords = { key: string; headlines: string[]; body: string }

export type AreaProposal = { key: string; box: Box | null }

/** Printed text loses spaces and line breaks; punctuation and characters stay. */
const normal = (text: string) => text.replace(/\s+/g, '')

/** A body line this short could be in any story ("社区。"), so it only joins a story it touches. */
const DISTINCT_CHARACTERS = 6
/** How far apart, in line heights, two lines of one story may be (a headline over its columns). */
const REACH_LINES = 4
const MARGIN = 0.003

const union = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  const right = Math.max(...boxes.map((b) => b.x + b.w))
  const bottom = Math.max(...boxes.map((b) => b.y + b.h))
  return { x, y, w: right - x, h: bottom - y }
}

/** Whether a line lies within `reach` of a box, in both directions. */
const near = (box: Box, line: PageText, reach: number) =>
  line.x < box.x + box.w + reach &&
  line.x + line.w > box.x - reach &&
  line.y < box.y + box.h + reach &&
  line.y + line.h > box.y - reach

const pad = (box: Box): Box => {
  const x = Math.max(0, box.x - MARGIN)
  const y = Math.max(0, box.y - MARGIN)
  return {
    x,
    y,
    w: Math.min(1, box.x + box.w + MARGIN) - x,
    h: Math.min(1, box.y + box.h + MARGIN) - y,
  }
}

/**
 * Where each story is printed, from the page's text layer: its headline lines are found among the
 * text set larger than the page's body text, then the lines of its body text that lie within a few
 * lines of what was found so far are gathered, and the box around them proposed. A line that could
 * belong to several stories joins none. A story none of whose headline or distinct body lines is
 * on the page gets no box (`box: null`), for the editor to draw.
 */
export function proposeAreas(
  text: readonly PageText[],
  stories: readonly StoryWords[],
): AreaProposal[] {
  const lines = text
    .map((line) => ({ line, words: normal(line.str) }))
    .filter((l) => l.words.length > 0)
  const sizes = lines.map((l) => l.line.size).sort((a, b) => a - b)
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 0
  const prepared = stories.map((s) => ({
    key: s.key,
    headlines: s.headlines.map(normal).filter(Boolean),
    body: normal(s.body),
  }))
  const inBody = (words: string) => prepared.filter((s) => s.body.includes(words))
  const inHeadline = (words: string) =>
    prepared.filter((s) => s.headlines.some((h) => h.includes(words)))

  return prepared.map((story) => {
    const own = (owners: typeof prepared) => owners.length === 1 && owners[0] === story
    const headline = lines.filter(
      // Set larger than the text, or long enough to be the kicker or subtitle and nothing else.
      (l) =>
        l.words.length >= 2 &&
        (l.line.size > bodySize * 1.1 || l.words.length >= DISTINCT_CHARACTERS) &&
        own(inHeadline(l.words)),
    )
    const body = lines.filter((l) => !headline.includes(l) && own(inBody(l.words)))
    const distinct = body.filter((l) => l.words.length >= DISTINCT_CHARACTERS)
    const seed = headline.length > 0 ? headline : distinct.slice(0, 1)
    if (seed.length === 0) return { key: story.key, box: null }
    const taken = new Set(seed)
    let box = union(seed.map((l) => l.line))
    for (let grew = true; grew;) {
      grew = false
      for (const l of body) {
        if (taken.has(l) || !near(box, l.line, l.line.h * REACH_LINES)) continue
        taken.add(l)
        box = union([box, l.line])
        grew = true
      }
    }
    return { key: story.key, box: pad(box) }
  })
}
