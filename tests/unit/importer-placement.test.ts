import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { COUNTIES_GAZETTEER } from '../helpers/gazetteers'
import { splitLines } from '../../seeds/importer/lines'
import { parsePage } from '../../seeds/importer/parsePage'
import { paragraphStartLines, placePhotos } from '../../seeds/importer/placement'
import { bodyWithPhotos } from '../../seeds/importer/storyData'

const text = readFileSync(
  new URL('../../seeds/changji-daily-county-page.txt', import.meta.url),
  'utf8',
)
const lines = splitLines(text)
const { stories } = parsePage(text, COUNTIES_GAZETTEER)

describe('placePhotos on the sample page', () => {
  it('makes a photo printed between headline and byline the lead photo', () => {
    expect(placePhotos(stories[3], lines)).toEqual(['lead'])
    expect(placePhotos(stories[5], lines)).toEqual(['lead'])
  })

  it('puts photos printed after the text after its last paragraph', () => {
    expect(placePhotos(stories[2], lines)).toEqual([4, 4, 4])
  })

  it('finds each paragraph, repaired across a column break, on the line it starts', () => {
    // The second paragraph of 冬日鲜花销售走俏 is cut after “其间，” at line 81 and goes on at 83.
    expect(paragraphStartLines(stories[3], lines)).toEqual([79, 81, 85, 87])
  })
})

describe('bodyWithPhotos', () => {
  const types = (paragraphs: string[], photos: { media: number; after: number }[]) =>
    bodyWithPhotos(paragraphs, photos).root.children.map((node) =>
      node.type === 'block' ? `photo ${(node.fields as { media: number }).media}` : node.type,
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
