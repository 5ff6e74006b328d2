import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { COUNTIES_GAZETTEER } from '../helpers/gazetteers'
import { splitLines } from '../../seeds/importer/lines'
import { parsePage } from '../../seeds/importer/parsePage'
import { placePhotos } from '../../seeds/importer/placement'
import { bodyWithPhotos } from '../../seeds/importer/storyData'

const text = readFileSync(
  new URL('../../seeds/changji-daily-county-page.txt', import.meta.url),
  'utf8',
)
const lines = splitLines(text)
const { stories } = parsePage(text, COUNTIES_GAZETTEER)
const story = (title: string) => {
  const found = stories.find((s) => s.title === title)
  if (!found) throw new Error(`the sample page has no story titled ${title}`)
  return found
}
/** The text printed on a line of the page, by its number. */
const printedOn = (line: number) => lines.find((l) => l.line === line)?.text ?? ''

describe('photos and paragraphs on the sample page', () => {
  it('makes a photo printed between headline and byline the lead photo', () => {
    expect(placePhotos(story('冬日鲜花销售走俏'))).toEqual(['lead'])
    expect(placePhotos(story('“微心愿”架起党群“连心桥”'))).toEqual(['lead'])
  })

  it('puts photos printed after the text after its last paragraph', () => {
    expect(placePhotos(story('“冬日暖甜三件套”的正确打开方式'))).toEqual([4, 4, 4])
  })

  it('keeps the line each paragraph, repaired across a column break, starts on', () => {
    const flowers = story('冬日鲜花销售走俏')
    const starts = flowers.paragraphLines
    // Each paragraph begins where the page prints its first words (the first after the dateline)…
    expect(starts).toHaveLength(4)
    starts.forEach((line, i) =>
      expect(printedOn(line)).toContain(flowers.paragraphs[i].slice(0, 10)),
    )
    expect(printedOn(starts[0])).toMatch(/^本报讯/)
    // …including the second, which the page cuts after “其间，” at a column break.
    expect(printedOn(starts[1])).toMatch(/其间，$/)
    expect(flowers.paragraphs[1]).toContain('其间，')
  })
})

describe('bodyWithPhotos', () => {
  const types = (paragraphs: string[], photos: { media: number; after: number }[]) =>
    bodyWithPhotos(paragraphs, photos).root.children.map((node) =>
      // Payload's generated Lexical types leave a node's type `any`.
      node.type === 'block'
        ? `photo ${(node.fields as { media: number }).media}`
        : (node.type as string),
    )

  it('places photo blocks after the paragraphs printed above them, in order', () => {
    expect(
      types(
        ['一。', '二。', '三。'],
        [
          { media: 7, after: 0 },
          { media: 8, after: 2 },
          { media: 9, after: 2 },
        ],
      ),
    ).toEqual(['photo 7', 'paragraph', 'paragraph', 'photo 8', 'photo 9', 'paragraph'])
  })

  it('writes photo blocks as the Lexical blocks feature stores them', () => {
    const [block] = bodyWithPhotos(['一。'], [{ media: 5, after: 1 }]).root.children.slice(1)
    expect(block).toEqual({
      type: 'block',
      version: 2,
      format: '',
      fields: {
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        blockName: '',
        blockType: 'photo',
        media: 5,
      },
    })
  })

  it('keeps a photo placed past the last paragraph at the end', () => {
    expect(types(['一。'], [{ media: 3, after: 5 }])).toEqual(['paragraph', 'photo 3'])
  })
})
