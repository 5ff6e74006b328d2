import { createHash } from 'node:crypto'

import type { RichText } from './lexical'
import { relationId } from './relationId'
import type { TermCategory, TermLevel } from './termCategories'

/** One entry of the newsroom's list (collections/ProofreadingTerms.ts). */
export interface ProofreadingRule {
  /** The wrong or sensitive form, as shown to the reviewer and named in an override. */
  term: string
  /** A regular expression to look for instead of the plain term (e.g. 截止 before a date). */
  pattern?: string | null
  suggestion?: string | null
  category: TermCategory
  level: TermLevel
  note?: string | null
}

/** A piece of the story's text with where it comes from. */
export interface TextSegment {
  /** Stable address within the story, e.g. `title`, `body.3`, `chapters.1.body.0`, `caption.12`. */
  path: string
  /** Where a reviewer finds it, in Chinese: 主题, 正文第4段, 图片说明. */
  label: string
  text: string
  /** Photo captions belong to the photo, not to the story's version. */
  source: 'story' | 'photo'
}

export interface CheckHit {
  path: string
  label: string
  /** Offsets into the segment's text (UTF-16, as JavaScript strings count). */
  start: number
  end: number
  match: string
  term: string
  category: TermCategory
  level: TermLevel
  suggestion: string | null
  note: string | null
  /** Up to 12 characters either side, for showing the hit in its sentence. */
  before: string
  after: string
}

const CONTEXT = 12

/** The rule as a global regular expression, or null when its pattern does not compile. */
export function ruleRegExp(rule: Pick<ProofreadingRule, 'term' | 'pattern'>): RegExp | null {
  const source = rule.pattern?.trim() || rule.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  try {
    return new RegExp(source, 'gu')
  } catch {
    return null
  }
}

/** Every place a rule matches in the segments, in reading order. */
export function findHits(segments: TextSegment[], rules: ProofreadingRule[]): CheckHit[] {
  const compiled = rules
    .map((rule) => ({ rule, re: ruleRegExp(rule) }))
    .filter((r): r is { rule: ProofreadingRule; re: RegExp } => r.re !== null)
  const hits: CheckHit[] = []
  for (const segment of segments) {
    const found: CheckHit[] = []
    for (const { rule, re } of compiled) {
      re.lastIndex = 0
      for (const m of segment.text.matchAll(re)) {
        // A pattern that can match nothing would mark every position; such a match is no hit.
        if (m[0].length === 0) continue
        const start = m.index
        const end = start + m[0].length
        found.push({
          path: segment.path,
          label: segment.label,
          start,
          end,
          match: m[0],
          term: rule.term,
          category: rule.category,
          level: rule.level,
          suggestion: rule.suggestion || null,
          note: rule.note || null,
          before: segment.text.slice(Math.max(0, start - CONTEXT), start),
          after: segment.text.slice(end, end + CONTEXT),
        })
      }
    }
    hits.push(...found.sort((a, b) => a.start - b.start || b.end - a.end))
  }
  return hits
}

/** Banned hits no override covers: these block a sign-off. */
export const unresolvedHits = (hits: CheckHit[], overriddenTerms: Iterable<string>): CheckHit[] => {
  const overridden = new Set(overriddenTerms)
  return hits.filter((h) => h.level === 'banned' && !overridden.has(h.term))
}

type Node = { type: string; text?: string; children?: Node[]; fields?: Record<string, unknown> }

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join('')

type MediaRef = Parameters<typeof relationId>[0]

/** Paragraph texts and photo blocks of a Lexical document, in reading order. */
function richTextSegments(
  state: RichText | null | undefined,
  path: string,
  label: string,
  captionOf: (media: MediaRef) => string | null,
): TextSegment[] {
  const segments: TextSegment[] = []
  let paragraph = 0
  for (const node of (state?.root?.children ?? []) as unknown as Node[]) {
    if (node.type === 'block' && node.fields?.blockType === 'photo') {
      const { caption } = node.fields
      const own = typeof caption === 'string' ? caption.trim() : ''
      const text = own || captionOf(node.fields.media as MediaRef)
      if (text) {
        const source = own ? 'story' : 'photo'
        segments.push({ path: `${path}.caption.${paragraph}`, label: '图片说明', text, source })
      }
      continue
    }
    const text = textOf(node)
    paragraph += 1
    if (text.trim()) {
      segments.push({
        path: `${path}.${paragraph - 1}`,
        label: `${label}第${paragraph}段`,
        text,
        source: 'story',
      })
    }
  }
  return segments
}

/** The parts of a story the check reads. */
export interface StoryText {
  kicker?: string | null
  title?: string | null
  subtitle?: string | null
  dateline?: string | null
  body?: RichText | null
  chapters?: { subheading?: string | null; body?: RichText | null }[] | null
  leadPhoto?: MediaRef
  photos?: MediaRef[] | null
}

/**
 * What is checked and signed: headline lines, dateline, body paragraphs, chapter subheadings and
 * text, and the captions of the story's photos (`captions` maps photo id to its own caption).
 */
export function storyTextSegments(story: StoryText, captions: Map<string, string>): TextSegment[] {
  const captionOf = (media: MediaRef) => captions.get(String(relationId(media))) || null
  const line = (path: string, label: string, text?: string | null): TextSegment[] =>
    text?.trim() ? [{ path, label, text, source: 'story' }] : []
  const photoCaption = (media: MediaRef, path: string, label: string): TextSegment[] => {
    const text = captionOf(media)
    return text ? [{ path, label, text, source: 'photo' }] : []
  }
  return [
    ...line('kicker', '引题', story.kicker),
    ...line('title', '主题', story.title),
    ...line('subtitle', '副题', story.subtitle),
    ...line('dateline', '电头', story.dateline),
    ...photoCaption(story.leadPhoto, 'leadPhoto', '题图说明'),
    ...richTextSegments(story.body, 'body', '正文', captionOf),
    ...(story.chapters ?? []).flatMap((chapter, i) => [
      ...line(`chapters.${i}.subheading`, `第${i + 1}章小标题`, chapter.subheading),
      ...richTextSegments(chapter.body, `chapters.${i}.body`, `第${i + 1}章`, captionOf),
    ]),
    ...(story.photos ?? []).flatMap((photo, i) =>
      photoCaption(photo, `photos.${i}`, i === 0 ? '肖像图片说明' : `第${i + 1}张图片说明`),
    ),
  ]
}

/**
 * A digest of the story's own text: what a sign-off vouches for. Photo captions are checked but
 * belong to the photo (shared between stories), so editing one does not undo a story's review.
 */
export const textFingerprint = (segments: TextSegment[]): string =>
  createHash('sha256')
    .update(
      JSON.stringify(segments.filter((s) => s.source === 'story').map((s) => [s.path, s.text])),
    )
    .digest('hex')
    .slice(0, 32)
