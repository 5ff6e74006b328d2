import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { RichText } from '../lib/lexical'
import { relationId } from '../lib/relationId'
import type { Id, PublicBodyBlock } from './types'

type LexicalNode = RichText['root']['children'][number]
type LinkNode = {
  children: LexicalNode[]
  fields?: { url?: string; linkType?: string; newTab?: boolean }
}

/** Only links a reader can follow safely: web, mail, phone and same-site paths. */
const SAFE_HREF = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i

/**
 * Text nodes are escaped by Payload's converters; links are ours to vet. An unsafe link
 * (javascript:, data:, vbscript:, protocol-relative …) keeps its words and loses its anchor, and
 * internal links to CMS documents, whose public URL the CMS does not decide, become plain text.
 */
const safeLink: HTMLConverter = ({ node, nodesToHTML }) => {
  const { children, fields } = node as unknown as LinkNode
  const text = nodesToHTML({ nodes: children }).join('')
  // Browsers ignore control characters and spaces inside a scheme (java\tscript:), so they go first.
  // eslint-disable-next-line no-control-regex
  const url = (fields?.url ?? '').replace(/[\x00-\x20\x7f]/g, '')
  if (fields?.linkType === 'internal' || !SAFE_HREF.test(url)) return text
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const external = /^https?:/i.test(url)
  return `<a href="${escaped}"${external ? ' rel="noopener noreferrer nofollow"' : ''}>${text}</a>`
}

const converters: HTMLConverters = {
  ...defaultHTMLConverters,
  link: safeLink,
  autolink: safeLink,
  // Relationship embeds point into the CMS; the public text does not show them.
  relationship: () => '',
  // Photos are split out as blocks below; anything else unknown renders as nothing, not as JSON.
  unknown: () => '',
}

type PhotoNode = {
  type: 'block'
  fields: { blockType: string; media?: unknown; caption?: string | null }
}
type UploadNode = { type: 'upload'; relationTo: string; value: unknown }

/** A stored reference: an id (number on SQLite, string on MongoDB) or the populated document. */
type MediaRef = number | string | { id: number | string }

function photoOf(node: LexicalNode): { photoId: Id; caption: string | null } | null {
  if (node.type === 'block') {
    const { fields } = node as unknown as PhotoNode
    const id = fields.blockType === 'photo' ? relationId(fields.media as MediaRef) : null
    return id === null ? null : { photoId: String(id), caption: fields.caption?.trim() || null }
  }
  if (node.type === 'upload') {
    const upload = node as unknown as UploadNode
    const id = upload.relationTo === 'media' ? relationId(upload.value as MediaRef) : null
    return id === null ? null : { photoId: String(id), caption: null }
  }
  return null
}

/**
 * Story text as the site renders it: runs of paragraphs as sanitised HTML, with the photos placed
 * in the text kept as data so the site's own photo component (sizes, credit) renders them.
 */
export function toBodyBlocks(state: RichText | null | undefined): PublicBodyBlock[] {
  const blocks: PublicBodyBlock[] = []
  let run: LexicalNode[] = []
  const flush = () => {
    if (run.length === 0) return
    const html = convertLexicalToHTML({
      converters,
      data: { root: { ...(state as RichText).root, children: run } },
      disableContainer: true,
    })
    if (html.trim()) blocks.push({ kind: 'html', html })
    run = []
  }
  for (const node of state?.root?.children ?? []) {
    const photo = photoOf(node)
    if (photo) {
      flush()
      blocks.push({ kind: 'photo', ...photo })
    } else run.push(node)
  }
  flush()
  return blocks
}

/** The opening words of a story, for summaries, feeds and search results. */
export function excerptOf(states: (RichText | null | undefined)[], maxChars = 120): string {
  const text = states
    .filter((s): s is RichText => Boolean(s?.root))
    .map((data) => convertLexicalToPlaintext({ data }))
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text
}
