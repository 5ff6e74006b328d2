import type { Article } from '@/payload-types'

/** Rich text as Payload stores and types it. */
export type RichText = NonNullable<Article['body']>

type Node = { type: string; children?: Node[]; fields?: Record<string, unknown> }

/** Every block node of a type in a Lexical document, depth-first in reading order. */
export function blocksOfType(
  state: RichText | null | undefined,
  blockType: string,
): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  const visit = (node: Node) => {
    if (
      (node.type === 'block' || node.type === 'inlineBlock') &&
      node.fields?.blockType === blockType
    ) {
      found.push(node.fields)
    }
    node.children?.forEach(visit)
  }
  if (state?.root) visit(state.root)
  return found
}

/** A Lexical document of plain paragraphs, as the importer and seeds write body text. */
export function paragraphsToLexical(paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      })),
    },
  }
}
