import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Edition, PagePrint } from '@/payload-types'

import { proposeAreas, type StoryWords } from '../../../lib/pagePrint/proposeAreas'
import type { PageText } from '../../../lib/pagePrint/renderPagePdf'
import { storyTextSegments } from '../../../lib/proofread'
import { relationId } from '../../../lib/relationId'

type Page = NonNullable<Edition['pages']>[number]
type StoryRef = NonNullable<Page['stories']>[number]

const HEADLINE_PATHS = new Set(['kicker', 'title', 'subtitle'])

/** What a story prints: its headline lines, and the rest of its text, as the desk last saved it. */
async function wordsOf(
  req: PayloadRequest,
  ref: StoryRef,
): Promise<StoryWords & { title: string }> {
  const id = relationId(ref.value) as number | string
  const doc = await req.payload.findByID({
    collection: ref.relationTo,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const segments = storyTextSegments(doc, new Map())
  return {
    key: `${ref.relationTo}:${id}`,
    title: doc.title,
    headlines: segments.filter((s) => HEADLINE_PATHS.has(s.path)).map((s) => s.text),
    body: segments
      .filter((s) => !HEADLINE_PATHS.has(s.path))
      .map((s) => s.text)
      .join('\n'),
  }
}

const refKey = (ref: { relationTo: string; value: unknown }) =>
  `${ref.relationTo}:${relationId(ref.value as number)}`

/**
 * Proposes story areas from a page's PDF text when the page gets a new PDF or a new story: each
 * story without an area gets the box around its headline and text, and the page's report says for
 * every story whether one was found. Areas the editor drew are never replaced.
 */
export const proposeStoryAreas: CollectionBeforeChangeHook<Edition> = async ({
  data,
  originalDoc,
  req,
}) => {
  for (const page of data.pages ?? []) {
    const printId = relationId(page.print as number | PagePrint | null)
    if (printId === null) continue
    const before = originalDoc?.pages?.find((p) => p.id && p.id === page.id)
    const newPrint = relationId(before?.print as number | null | undefined) !== printId
    const storiesBefore = new Set((before?.stories ?? []).map(refKey))
    const stories = page.stories ?? []
    const added = stories.filter((s) => !storiesBefore.has(refKey(s)))
    if (!newPrint && added.length === 0) continue
    const print = await req.payload.findByID({
      collection: 'page-prints',
      id: printId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const text = print.textLayer as PageText[] | null | undefined
    if (!text?.length) continue
    const areas = page.areas ?? []
    const drawn = new Set(areas.map((a) => refKey(a.story)))
    const words = await Promise.all(stories.map((s) => wordsOf(req, s)))
    const proposals = proposeAreas(
      text,
      words.filter((w) => !drawn.has(w.key)),
    )
    const found: string[] = []
    const missing: string[] = []
    for (const [i, ref] of stories.entries()) {
      const proposal = proposals.find((p) => p.key === words[i].key)
      if (!proposal) continue
      if (proposal.box) {
        areas.push({
          story: { relationTo: ref.relationTo, value: ref.value },
          ...proposal.box,
        } as never)
        found.push(`《${words[i].title}》`)
      } else {
        missing.push(`《${words[i].title}》`)
      }
    }
    page.areas = areas
    page.areaReport = [
      found.length ? `已从 PDF 识别：${found.join('、')}` : '',
      missing.length ? `未找到，请手工画出：${missing.join('、')}` : '',
    ]
      .filter(Boolean)
      .join('\n')
  }
  return data
}
