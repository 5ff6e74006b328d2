/** A non-blank line of the page and its 1-based line number in the input. */
export interface SourceLine {
  text: string
  line: number
}

// Layout software exports end lines with CRLF, LF or a lone CR.
const LINE_BREAK = /\r\n|\r|\n/
// JS \s also covers the BOM, the ideographic space (U+3000) that indents paragraphs and U+00A0.
const SPACE_RUN = /\s+/g

// Marks that end a sentence (；ends an item of a list printed as paragraphs).
const SENTENCE_END = /[。！？!?…；;.]$/
// Quotes and brackets that may close after the sentence end: “…。” ends a paragraph, “…” alone may not.
const TRAILING_CLOSERS = /[”’」』）)】》]+$/
const EXCERPT_CHARS = 16

// Nothing can open a sentence with closing or medial punctuation or a clause-final particle.
const NON_INITIAL = /^[，,。.、；;：:！!？?”’」』）)】》…们吗呢吧啊么]/

/** Splits page text into its non-blank lines, every run of spaces reduced to one ASCII space. */
export function splitLines(text: string): SourceLine[] {
  return text.split(LINE_BREAK).flatMap((raw, index) => {
    const clean = raw.replace(SPACE_RUN, ' ').trim()
    return clean ? [{ text: clean, line: index + 1 }] : []
  })
}

/** Whether text ends a sentence; a paragraph that does not was cut at a column end and continues. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(TRAILING_CLOSERS, ''))
}

/** Whether a paragraph starts mid-sentence, i.e. its opening was lost in print. */
export function opensMidSentence(text: string): boolean {
  return NON_INITIAL.test(text) || closesUnopenedQuote(text)
}

function closesUnopenedQuote(text: string): boolean {
  let depth = 0
  for (const char of text) {
    if (char === '“') depth++
    if (char === '”') {
      if (depth === 0) return true
      depth--
    }
  }
  return false
}

/** Length in characters as a reader counts them, not in UTF-16 units. */
export function charLength(text: string): number {
  return [...text].length
}

/** The start of a text for a warning message, e.g. "业服务站+就业热线”联动……". */
export function excerpt(text: string): string {
  const chars = [...text]
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}……` : text
}

/** The end of a text for a warning message, e.g. "……下一步，招聘会将". */
export function excerptEnd(text: string): string {
  const chars = [...text]
  return chars.length > EXCERPT_CHARS ? `……${chars.slice(-EXCERPT_CHARS).join('')}` : text
}
