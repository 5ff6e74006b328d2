import {
  parsePhotoCredit,
  parseProfileCredit,
  parseStoryOpening,
  splitCaptionCredit,
  type StoryOpening,
} from './bylines'
import { assignHeadlines, isHeadlineShaped, isSubheadingShaped } from './headlines'
import {
  charLength,
  endsSentence,
  excerpt,
  excerptEnd,
  opensMidSentence,
  splitLines,
  type SourceLine,
} from './lines'
import { nearestNames } from './nearest'
import { RegionIndex, type RegionPath } from './regions'
import type { Gazetteer, ParsedByline, ParsedPhoto, ParsedStory, ParseWarning } from './types'

export type {
  PrintedBylineRole,
  Gazetteer,
  ParsedByline,
  ParsedChapter,
  ParsedPhoto,
  ParsedStory,
  ParseWarning,
} from './types'

type PageItem =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'opening'; opening: StoryOpening; line: number }
  | { kind: 'profileCredit'; bylines: ParsedByline[]; line: number }
  | { kind: 'photo'; photo: ParsedPhoto }
type TextItem = Extract<PageItem, { kind: 'text' }>

/** A line naming the region or column of the story below it. */
type Label = { path: RegionPath } | { column: string; known: boolean; line: number }

/** A run of short lines, taken apart: above the labels, labels, spare lines, headline lines. */
interface RunParts {
  above: TextItem[]
  labels: Label[]
  /** Lines between the labels and the last three headline lines. */
  spare: TextItem[]
  headlines: TextItem[]
}

/** The label and headline lines that open a story, and the lines of the run that are not its own. */
interface Header {
  /** Lines of the run that are not the story's labels or headline; they belong to the story before. */
  leading: TextItem[]
  path: RegionPath | null
  column: string | null
  headlines: TextItem[]
  warnings: ParseWarning[]
  line: number
}

interface StoryDraft {
  header: Header
  type: ParsedStory['type']
  dateline: string | null
  bylines: ParsedByline[]
  chapters: { subheading: string | null; paragraphs: SourceLine[] }[]
  photos: ParsedPhoto[]
  warnings: ParseWarning[]
  /** The last paragraph was cut at a column end and goes on in the next text line. */
  paragraphOpen: boolean
}

// Captions conventionally open with 图为 ("the picture shows"); such a line is a photo even uncredited.
const CAPTION_OPENING = /^[（(]?图为/
// A caption is one line; a longer line above a credit is a paragraph, and the photo has no caption.
const MAX_CAPTION_CHARS = 150
const MAX_HEADLINE_LINES = 3
// Column names are a few characters (民生视窗); a longer spare line above a headline is body text.
const COLUMN_NAME = /^[\u4e00-\u9fa5]{2,8}$/
// Column labels are sometimes printed in brackets: 【民生视窗】.
const LABEL_BRACKETS = /^[【〖[]|[】〗\]]$/g
const BRACKETED = /^[【〖[][^】〗\]]+[】〗\]]$/

/** Turns the plain-text export of a printed newspaper page into its stories, in page order. */
export function parsePage(text: string, gazetteer: Gazetteer): { stories: ParsedStory[] } {
  const regions = new RegionIndex(gazetteer)
  const items = readItems(splitLines(text))
  const drafts: StoryDraft[] = []
  let index = 0
  while (index < items.length) {
    const run = headlineRunAt(items, index)
    const header = run.length
      ? readHeader(run, items.slice(index + run.length), drafts.length === 0, regions, gazetteer)
      : null
    if (header) {
      for (const item of header.leading) addItem(drafts, item)
      drafts.push(newDraft(header))
    } else {
      for (const item of run.length ? run : [items[index]]) addItem(drafts, item)
    }
    index += Math.max(run.length, 1)
  }
  return { stories: drafts.map((draft) => finishStory(draft, regions)) }
}

/** A story as the importer's dry run prints it for review: no line numbers, warnings as text. */
/** Without the page lines: the dry run shows what was read, not where. */
export type DryRunStory = Omit<
  ParsedStory,
  'chapters' | 'photos' | 'warnings' | 'line' | 'paragraphLines'
> & {
  photos: { caption: string; credit: string | null }[]
  warnings: string[]
}

/** Shapes a parse result for the importer's dry-run output. */
export function toDryRunJson(result: { stories: ParsedStory[] }): { stories: DryRunStory[] } {
  return {
    stories: result.stories.map((story) => ({
      type: story.type,
      kicker: story.kicker,
      title: story.title,
      subtitle: story.subtitle,
      dateline: story.dateline,
      bylines: story.bylines,
      county: story.county,
      regions: story.regions,
      column: story.column,
      subheadings: story.subheadings,
      paragraphs: story.paragraphs,
      photos: story.photos.map(({ caption, credit }) => ({ caption, credit })),
      warnings: story.warnings.map(({ line, message }) => `第${line}行：${message}`),
    })),
  }
}

function readItems(lines: SourceLine[]): PageItem[] {
  const items: PageItem[] = []
  for (const { text, line } of lines) {
    const credit = parsePhotoCredit(text)
    const profileBylines = parseProfileCredit(text)
    const opening = parseStoryOpening(text)
    const captioned = credit === null ? splitCaptionCredit(text) : null
    if (credit !== null) {
      const caption = takeCaptionAbove(items)
      items.push({
        kind: 'photo',
        photo: { caption: caption?.text ?? '', credit, line: caption?.line ?? line },
      })
    } else if (captioned && charLength(captioned.caption) <= MAX_CAPTION_CHARS) {
      // Some papers print the credit inside the caption line: 图为…。（通讯员 王五 摄）.
      items.push({ kind: 'photo', photo: { ...captioned, line } })
    } else if (profileBylines) {
      items.push({ kind: 'profileCredit', bylines: profileBylines, line })
    } else if (opening) {
      items.push({ kind: 'opening', opening, line })
    } else {
      items.push({ kind: 'text', text, line })
    }
  }
  // Only once credits have taken their captions is a 图为 line left without one.
  return items.map((item) =>
    item.kind === 'text' && CAPTION_OPENING.test(item.text)
      ? { kind: 'photo', photo: { caption: item.text, credit: null, line: item.line } }
      : item,
  )
}

/** Removes and returns the line printed right above a credit line when it can be the caption. */
function takeCaptionAbove(items: PageItem[]): TextItem | null {
  const above = items.at(-1)
  if (above?.kind !== 'text' || charLength(above.text) > MAX_CAPTION_CHARS) return null
  items.pop()
  return above
}

function headlineRunAt(items: PageItem[], start: number): TextItem[] {
  const run: TextItem[] = []
  for (const item of items.slice(start)) {
    if (item.kind !== 'text' || !isHeadlineShaped(item.text)) break
    run.push(item)
  }
  return run
}

/**
 * Reads a run of short lines as the labels and headline lines of a new story, or returns null when
 * the run is body text.
 */
function readHeader(
  run: TextItem[],
  after: PageItem[],
  isPageStart: boolean,
  regions: RegionIndex,
  gazetteer: Gazetteer,
): Header | null {
  const parts = splitRun(run, regions, gazetteer)
  return opensStory(parts, after, isPageStart) ? headerOf(parts) : null
}

/** Splits a run into the lines above its labels, the labels, spare lines and the headline lines. */
function splitRun(run: TextItem[], regions: RegionIndex, gazetteer: Gazetteer): RunParts {
  const readLabels = run.map((item) => readLabel(item, regions, gazetteer))
  // A label stands above the headline it applies to; label-shaped last lines are the headline itself.
  const lastHeadline = readLabels.findLastIndex((label) => label === null)
  const labels = readLabels.map((label, index) => (index < lastHeadline ? label : null))
  const labelStart = Math.max(labels.findIndex(Boolean), 0)
  let labelEnd = labelStart
  while (labels[labelEnd]) labelEnd++
  return {
    above: run.slice(0, labelStart),
    labels: labels.slice(labelStart, labelEnd).filter((label) => label !== null),
    spare: run.slice(labelEnd, -MAX_HEADLINE_LINES),
    headlines: run.slice(labelEnd).slice(-MAX_HEADLINE_LINES),
  }
}

/**
 * Short lines only open a story when a byline or profile credit follows (photos may sit in between),
 * when they carry a region or column label, or when they open the page.
 */
function opensStory(parts: RunParts, after: PageItem[], isPageStart: boolean): boolean {
  const following = after.find((item) => item.kind !== 'photo')
  const bylineFollows = following?.kind === 'opening' || following?.kind === 'profileCredit'
  // A cut paragraph leaves one short line behind, never two; so two lines and a photo are a headline.
  const headlineAndPhoto = after[0]?.kind === 'photo' && parts.headlines.length >= 2
  return bylineFollows || parts.labels.length > 0 || isPageStart || headlineAndPhoto
}

function headerOf({ above, labels, spare, headlines }: RunParts): Header {
  const paths = labels.flatMap((label) => ('path' in label ? [label.path] : []))
  const columns = labels.flatMap((label) => ('column' in label ? [label] : []))
  const header: Header = {
    leading: [...above, ...spare],
    path: paths.length ? mergePaths(paths) : null,
    column: columns[0]?.column ?? null,
    headlines,
    warnings: columns
      .filter((label) => !label.known)
      .map((label) => ({
        line: label.line,
        message: `栏目“${label.column}”尚未建立，导入时将新建，请核对`,
      })),
    line: headlines[0].line,
  }
  // An unknown short line between labels and headline, or right above the region labels (社区直通车
  // over 青山市幸福社区), is a column the newsroom has not set up yet.
  const aboveLabels = labels.length > 0 && spare.length === 0 ? above.at(-1) : undefined
  const unknownColumn = spare.at(-1) ?? aboveLabels
  if (unknownColumn && !header.column && COLUMN_NAME.test(unknownColumn.text)) {
    header.leading.splice(header.leading.indexOf(unknownColumn), 1)
    header.column = unknownColumn.text
    header.warnings.push({
      line: unknownColumn.line,
      message: `标题上方的短行“${unknownColumn.text}”不是已知栏目，已按栏目名处理，请核对`,
    })
  }
  return header
}

function readLabel(
  { text, line }: TextItem,
  regions: RegionIndex,
  gazetteer: Gazetteer,
): Label | null {
  const name = text.replace(LABEL_BRACKETS, '')
  if (gazetteer.columns.includes(name)) return { column: name, known: true, line }
  // Brackets mark a column label even when the newsroom has no such column yet: 【民生视窗】.
  if (BRACKETED.test(text) && COLUMN_NAME.test(name)) return { column: name, known: false, line }
  const path = regions.parsePath(text)
  return path ? { path } : null
}

function mergePaths(paths: RegionPath[]): RegionPath {
  return {
    county: paths.map((path) => path.county).findLast(Boolean) ?? null,
    places: paths.flatMap((path) => path.places),
  }
}

function newDraft(header: Header): StoryDraft {
  return {
    header,
    type: 'article',
    dateline: null,
    bylines: [],
    chapters: [{ subheading: null, paragraphs: [] }],
    photos: [],
    warnings: [],
    paragraphOpen: false,
  }
}

function addItem(drafts: StoryDraft[], item: PageItem): void {
  const draft = draftFor(drafts, item)
  switch (item.kind) {
    case 'photo':
      draft.photos.push(item.photo)
      if (!item.photo.caption) {
        draft.warnings.push({ line: item.photo.line, message: '图片署名上方没有图片说明' })
      }
      return
    case 'opening':
      draft.dateline = item.opening.dateline
      draft.bylines = item.opening.bylines
      if (item.opening.text) startParagraph(draft, { text: item.opening.text, line: item.line })
      return
    case 'profileCredit':
      draft.type = 'profile'
      draft.bylines = item.bylines
      return
    case 'text':
      addText(draft, item)
  }
}

/** The story an item belongs to: the current one, or a new untitled one where a story starts unheaded. */
function draftFor(drafts: StoryDraft[], item: PageItem): StoryDraft {
  const current = drafts.at(-1)
  const opensStory = item.kind === 'opening' || item.kind === 'profileCredit'
  const hasStarted = current && (current.bylines.length > 0 || paragraphCount(current) > 0)
  if (current && !(opensStory && hasStarted)) return current
  const line = item.kind === 'photo' ? item.photo.line : item.line
  const untitled = newDraft({
    leading: [],
    path: null,
    column: null,
    headlines: [],
    warnings: [],
    line,
  })
  untitled.warnings.push({
    line,
    message: current
      ? '此处疑似另一篇稿件开头，但未找到标题'
      : '页首文字前没有标题，可能转自上一版',
  })
  drafts.push(untitled)
  return untitled
}

function addText(draft: StoryDraft, item: TextItem): void {
  const paragraph = draft.chapters.at(-1)?.paragraphs.at(-1)
  if (draft.paragraphOpen && paragraph) {
    paragraph.text += item.text
    draft.paragraphOpen = !endsSentence(paragraph.text)
  } else if (draft.type === 'profile' && isSubheadingShaped(item.text)) {
    draft.chapters.push({ subheading: item.text, paragraphs: [] })
  } else {
    if (opensMidSentence(item.text)) {
      draft.warnings.push({
        line: item.line,
        message: `第${paragraphCount(draft) + 1}段开头疑似在排版中丢失：${excerpt(item.text)}`,
      })
    }
    startParagraph(draft, item)
  }
}

function startParagraph(draft: StoryDraft, paragraph: SourceLine): void {
  draft.chapters.at(-1)?.paragraphs.push({ ...paragraph })
  draft.paragraphOpen = !endsSentence(paragraph.text)
}

function paragraphCount(draft: StoryDraft): number {
  return draft.chapters.reduce((count, chapter) => count + chapter.paragraphs.length, 0)
}

function finishStory(draft: StoryDraft, regions: RegionIndex): ParsedStory {
  const { header } = draft
  const headlineTexts = header.headlines.map((item) => item.text)
  const isProfile = draft.type === 'profile'
  const headlines = assignHeadlines(headlineTexts, {
    isProfile,
    subjectNames: draft.bylines.filter((byline) => byline.role === 'narrator').map((b) => b.name),
    namesPlace: (line) => regions.namesPlace(line),
  })
  const kept = draft.chapters.filter(
    (chapter, index) => index > 0 || chapter.paragraphs.length > 0 || draft.chapters.length === 1,
  )
  const chapters = kept.map((chapter) => ({
    subheading: chapter.subheading,
    paragraphs: chapter.paragraphs.map((paragraph) => paragraph.text),
  }))
  const paragraphs = chapters.flatMap((chapter) => chapter.paragraphs)
  const body = [...paragraphs, ...draft.photos.map((photo) => photo.caption)].join('\n')
  const county = regions.countyOf(header.path, headlineTexts, body)
  const storyRegions = regions.regionsOf(county, header.path, [...headlineTexts, body].join('\n'))
  return {
    type: draft.type,
    kicker: headlines.kicker,
    title: headlines.title,
    subtitle: headlines.subtitle,
    dateline: isProfile ? null : draft.dateline,
    bylines: draft.bylines,
    county,
    regions: storyRegions,
    column: header.column,
    subheadings: chapters.flatMap((chapter) => (chapter.subheading ? [chapter.subheading] : [])),
    chapters,
    paragraphs,
    paragraphLines: kept.flatMap((chapter) =>
      chapter.paragraphs.map((paragraph) => paragraph.line),
    ),
    photos: draft.photos,
    warnings: [
      ...header.warnings,
      ...draft.warnings,
      ...storyWarnings(draft, headlines.ambiguous),
      ...unknownPlaceWarnings(storyRegions.slice(county ? 1 : 0), regions, header.line),
    ].sort((a, b) => a.line - b.line),
    line: header.line,
  }
}

/**
 * A place the page names that the area's tree lacks is kept (the import adds it), and the editor is
 * told, with the known places spelt most like it, in case it is a misprint or an older name.
 */
function unknownPlaceWarnings(
  places: string[],
  regions: RegionIndex,
  line: number,
): ParseWarning[] {
  const known = regions.knownPlaces()
  if (known.length === 0) return []
  return places
    .filter((name) => !regions.knowsPlace(name))
    .map((name) => ({
      line,
      message: `地名“${name}”不在地区树中，导入时将新建；相近的地区：${nearestNames(name, known).join('、')}，请核对`,
    }))
}

function storyWarnings(draft: StoryDraft, ambiguousHeadlines: boolean): ParseWarning[] {
  const { headlines } = draft.header
  const warnings: ParseWarning[] = []
  if (ambiguousHeadlines) {
    warnings.push({
      line: headlines[0].line,
      message: `两行标题难以分清引题、主题和副题，已按“主题＋副题”处理，请核对：${headlines
        .map((item) => item.text)
        .join(' / ')}`,
    })
  }
  const last = draft.chapters.flatMap((chapter) => chapter.paragraphs).at(-1)
  if (draft.paragraphOpen && last) {
    warnings.push({
      line: last.line,
      message: `第${paragraphCount(draft)}段结尾疑似不完整：${excerptEnd(last.text)}`,
    })
  }
  return warnings
}
