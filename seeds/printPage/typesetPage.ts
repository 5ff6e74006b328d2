/**
 * A printed page made from stories: an HTML page laid out like a county paper's 版面 (masthead
 * band, a lead story across the top, the rest in columns), which Chromium prints to a one-page PDF
 * (printPage.ts). The sample issue's page and the tests' pages are made this way; each story is an
 * `<article data-story>` whose box the printer measures, so the tests know where each story is.
 */

export type TypesetStory = {
  /** Any key the caller knows the story by; returned with its box. */
  key: string
  kicker?: string | null
  title: string
  subtitle?: string | null
  byline?: string | null
  paragraphs: string[]
}

export type TypesetPage = {
  paper: string
  date: string
  page: number
  pageName: string
  stories: TypesetStory[]
}

/** 330 × 480 mm: a broadsheet page, as county papers print. */
export const PAGE_SIZE = { width: '330mm', height: '480mm' } as const

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function storyHtml(story: TypesetStory, lead: boolean): string {
  const lines = [
    story.kicker ? `<p class="kicker">${escape(story.kicker)}</p>` : '',
    `<h2 class="${lead ? 'lead' : ''}">${escape(story.title)}</h2>`,
    story.subtitle ? `<p class="subtitle">${escape(story.subtitle)}</p>` : '',
    story.byline ? `<p class="byline">${escape(story.byline)}</p>` : '',
    `<div class="body">${story.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</div>`,
  ]
  return `<article data-story="${escape(story.key)}">${lines.join('')}</article>`
}

/**
 * The page as HTML: the first story across the page's width, the others in two columns below it,
 * each story's text flowing in its own columns. Fonts are the CJK fonts the machine has
 * (WenQuanYi Zen Hei on Debian), which Chromium embeds in the PDF.
 */
export function typesetPage(page: TypesetPage): string {
  const [lead, ...rest] = page.stories
  const left = rest.filter((_, i) => i % 2 === 0)
  const right = rest.filter((_, i) => i % 2 === 1)
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: ${PAGE_SIZE.width} ${PAGE_SIZE.height}; margin: 0 }
* { box-sizing: border-box; margin: 0; padding: 0 }
html, body { width: ${PAGE_SIZE.width}; height: ${PAGE_SIZE.height}; overflow: hidden }
body { font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; color: #111; padding: 14mm 12mm; font-size: 9.5pt; line-height: 1.55 }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2.5pt solid #b00; padding-bottom: 2mm; margin-bottom: 5mm }
header .name { font-size: 22pt; color: #b00; font-weight: bold; letter-spacing: 2pt }
header .meta { font-size: 10pt }
main { display: flex; flex-direction: column; gap: 6mm }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm }
.column { display: flex; flex-direction: column; gap: 6mm }
article { border-top: 0.75pt solid #555; padding-top: 2mm }
.kicker { font-size: 10pt }
h2 { font-size: 17pt; line-height: 1.3; margin: 1mm 0 }
h2.lead { font-size: 24pt }
.subtitle { font-size: 11pt; margin-bottom: 1mm }
.byline { font-size: 9pt; margin-bottom: 1.5mm }
.body { column-count: 2; column-gap: 5mm; text-align: justify }
main > article:first-child .body { column-count: 4 }
.body p { text-indent: 2em }
</style></head><body>
<header><span class="name">${escape(page.paper)}</span><span class="meta">${escape(page.date)}\u3000第${page.page}版\u3000${escape(page.pageName)}</span></header>
<main>
${lead ? storyHtml(lead, true) : ''}
<div class="columns"><div class="column">${left.map((s) => storyHtml(s, false)).join('\n')}</div><div class="column">${right.map((s) => storyHtml(s, false)).join('\n')}</div></div>
</main></body></html>`
}
