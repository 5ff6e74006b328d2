import type { PublicBodyBlock, PublicStory } from '#contract'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text of the CMS's sanitised HTML: tags dropped, block ends kept as line breaks. */
export function htmlText(html: string): string {
  return html
    .replace(/<\/(p|h\d|li|blockquote|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole
      }
      return ENTITIES[name.toLowerCase()] ?? whole
    })
}

const blocksText = (blocks: readonly PublicBodyBlock[]) =>
  blocks.map((b) => (b.kind === 'html' ? htmlText(b.html) : (b.caption ?? ''))).join('\n')

/** Everything a reader could search a story for, in reading order: headline lines, then the text. */
export function storyText(story: PublicStory): string {
  const parts =
    story.type === 'article'
      ? [story.kicker, story.title, story.subtitle, blocksText(story.body)]
      : [
          story.kicker,
          story.title,
          story.subtitle,
          story.narrator.name,
          ...story.chapters.flatMap((c) => [c.subheading, blocksText(c.body)]),
        ]
  return parts
    .filter((p): p is string => Boolean(p))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
