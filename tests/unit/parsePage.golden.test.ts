import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePage, type ParsedByline, type ParsedStory } from '../../seeds/importer/parsePage'
import { sampleGazetteer } from '../helpers/gazetteers'

/** One story of the fixture: what the importer must recover; absent fields are not checked. */
interface ExpectedStory {
  type: ParsedStory['type']
  kicker: string | null
  title: string
  subtitle: string | null
  dateline?: string | null
  bylines: ParsedByline[]
  county: string | null
  regionsInclude?: string[]
  column: string | null
  photos: { caption: string; credit: string | null }[]
  paragraphCount?: number
  firstParagraphStartsWith: string
  paragraphsContain?: string[]
  minWarnings?: number
  subheadings?: string[]
}

const read = (relative: string): string =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')

const expected = (
  JSON.parse(read('../fixtures/changji-daily-county-page.expected.json')) as {
    stories: ExpectedStory[]
  }
).stories
const { stories } = parsePage(
  read('../../seeds/changji-daily-county-page.txt'),
  await sampleGazetteer(),
)

describe('parsePage on the sample 昌吉日报 county page', () => {
  it('finds exactly the six stories of the page', () => {
    expect(stories).toHaveLength(6)
    expect(stories.map((story) => story.title)).toEqual(expected.map((story) => story.title))
  })

  describe.each(expected.map((story, index) => [story.title, story, index] as const))(
    '%s',
    (_title, want, index) => {
      const story = (): ParsedStory => stories[index]

      it('has the expected kind and headline lines', () => {
        const { type, kicker, title, subtitle } = story()
        expect({ type, kicker, title, subtitle }).toEqual({
          type: want.type,
          kicker: want.kicker,
          title: want.title,
          subtitle: want.subtitle,
        })
      })

      it('has the expected dateline and bylines', () => {
        if ('dateline' in want) expect(story().dateline).toBe(want.dateline)
        expect(story().bylines).toEqual(want.bylines)
      })

      it('has the expected county, regions and column', () => {
        expect(story().county).toBe(want.county)
        expect(story().regions).toEqual(expect.arrayContaining(want.regionsInclude ?? []))
        expect(story().column).toBe(want.column)
      })

      it('has the expected photos with captions and credits', () => {
        const photos = story().photos.map(({ caption, credit }) => ({ caption, credit }))
        expect(photos).toEqual(want.photos)
      })

      it('has the repaired paragraphs', () => {
        const { paragraphs } = story()
        if (want.paragraphCount !== undefined) expect(paragraphs).toHaveLength(want.paragraphCount)
        expect(paragraphs[0].startsWith(want.firstParagraphStartsWith)).toBe(true)
        for (const fragment of want.paragraphsContain ?? []) {
          expect(paragraphs.some((paragraph) => paragraph.includes(fragment))).toBe(true)
        }
      })

      it('has the expected subheadings and warnings', () => {
        if (want.subheadings) expect(story().subheadings).toEqual(want.subheadings)
        expect(story().warnings.length).toBeGreaterThanOrEqual(want.minWarnings ?? 0)
      })
    },
  )
})
