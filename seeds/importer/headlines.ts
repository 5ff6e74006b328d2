import { charLength, endsSentence } from './lines'

// Longest line still read as a headline. Body fragments cut at a column end can be as short, which is
// why a run of headline lines only opens a story when a byline, photo or label comes with it.
const MAX_HEADLINE_CHARS = 36
// A headline has no full stop or semicolon inside.
const FULL_STOP = /[。；;]/
// …nor does it stop mid-clause on a comma, enumeration comma, colon or opening quote or bracket.
const OPEN_ENDING = /[，,、：:“‘（(《]$/
// A quoted sentence (“太好了！”) is a short body paragraph; a quoted kicker has no end mark inside.
const QUOTED_SENTENCE = /[。！？!?][”’」』]$/
const MAX_SUBHEADING_CHARS = 20
// A profile's chapter subheading is a phrase (初心：从一块黑板开始); a clause mark means a sentence fragment.
const CLAUSE_MARK = /[，,！!？?]/

// A subtitle set off by a dash: ——记奋战在一线的护林员
const DASH_LEAD = /^[—－-]+/
// A subtitle listing things: 白菜、土豆、萝卜
const ENUMERATION = /^[^，,。：:；！？、\s]{1,8}(?:、[^，,。：:；！？、\s]{1,8})+$/
// A kicker quoting someone (“……”) or speaking in the first person (我要……, 我们……).
const QUOTED_OR_FIRST_PERSON = /^“[^“”]*”$|^我/
// A kicker motto of two clauses: 坚持人民至上，守护万家灯火
const TWO_CLAUSES = /[，,]/
// A title naming its subject: 护林员买买提·艾力：守好一片林
const SUBJECT_COLON = /[：:]/
// Figures make a line concrete: 12项业务.
const FIGURE = /\d/

/** What tells a two-line headline's title apart: the story kind, and names that make a line concrete. */
export interface HeadlineCues {
  isProfile: boolean
  /** Names of the people the story is about, e.g. a profile's narrator. */
  subjectNames: string[]
  namesPlace: (line: string) => boolean
}

export interface Headlines {
  kicker: string | null
  title: string
  subtitle: string | null
  /** Two lines whose order could not be told; the editor should check. */
  ambiguous: boolean
}

/** Whether a line can be a printed headline line (引题, 主题 or 副题), or a region or column label. */
export function isHeadlineShaped(text: string): boolean {
  return (
    charLength(text) <= MAX_HEADLINE_CHARS &&
    !FULL_STOP.test(text) &&
    !OPEN_ENDING.test(text) &&
    !QUOTED_SENTENCE.test(text)
  )
}

/** Whether a line can be a chapter subheading inside a profile. */
export function isSubheadingShaped(text: string): boolean {
  return (
    isHeadlineShaped(text) &&
    charLength(text) <= MAX_SUBHEADING_CHARS &&
    !CLAUSE_MARK.test(text) &&
    !endsSentence(text)
  )
}

/**
 * Names the one to three headline lines of a story: three are kicker, title, subtitle; of two, the
 * title is the concrete one, the other a motto above it or a summary below it.
 */
export function assignHeadlines(lines: string[], cues: HeadlineCues): Headlines {
  const [first, second, third] = lines
  if (third !== undefined) {
    return { kicker: first, title: second, subtitle: withoutDash(third), ambiguous: false }
  }
  if (second === undefined)
    return { kicker: null, title: first ?? '', subtitle: null, ambiguous: false }
  const kickerFirst = kickerScore(first, cues) + concreteness(second, cues)
  const titleFirst = subtitleScore(second) + concreteness(first, cues)
  if (kickerFirst > titleFirst) {
    return { kicker: first, title: second, subtitle: null, ambiguous: false }
  }
  return {
    kicker: null,
    title: first,
    subtitle: withoutDash(second),
    ambiguous: kickerFirst === titleFirst,
  }
}

function kickerScore(line: string, cues: HeadlineCues): number {
  return (
    Number(QUOTED_OR_FIRST_PERSON.test(line)) +
    Number(TWO_CLAUSES.test(line)) +
    Number(cues.isProfile)
  )
}

function subtitleScore(line: string): number {
  // Either mark alone is printed only on subtitles, so each outweighs any one sign of a title.
  return 2 * Number(DASH_LEAD.test(line) || ENUMERATION.test(line))
}

function concreteness(line: string, cues: HeadlineCues): number {
  return (
    Number(FIGURE.test(line)) +
    Number(SUBJECT_COLON.test(line)) +
    Number(cues.namesPlace(line)) +
    Number(cues.subjectNames.some((name) => line.includes(name)))
  )
}

function withoutDash(line: string): string {
  return line.replace(DASH_LEAD, '')
}
