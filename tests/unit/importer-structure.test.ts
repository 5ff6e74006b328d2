import { describe, expect, it } from 'vitest'

import { loadDivisionArea } from '../../seeds/area/divisions'
import { COVERAGE_AREA, SAMPLE_AREA } from '../../seeds/data/regions'
import { pagesListing, type StoryRef } from '../../seeds/importer/edition'
import { placeLevel } from '../../seeds/importer/regionTree'

describe('the coverage-area data', () => {
  it('lists the national data’s counties of the sample area, in order, under its prefecture', async () => {
    const area = await loadDivisionArea(SAMPLE_AREA, { depth: 'town' })
    const counties = COVERAGE_AREA.filter((region) => region.level === 'county')
    expect(counties.map((county) => county.name)).toEqual(
      area.places.filter((place) => place.level === 'county').map((place) => place.name),
    )
    expect(counties.map((county) => county.order)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(new Set(counties.map((county) => county.parent))).toEqual(new Set([area.root.name]))
  })

  it('names every parent before its children', () => {
    const seen = new Set<string>()
    for (const region of COVERAGE_AREA) {
      if (region.parent) expect(seen).toContain(region.parent)
      seen.add(region.name)
    }
  })
})

describe('placeLevel', () => {
  it('tells communities and villages from towns and streets by their ending', () => {
    expect(placeLevel('美院社区')).toBe('community')
    expect(placeLevel('三工村')).toBe('community')
    expect(placeLevel('兰州湾镇')).toBe('town')
    expect(placeLevel('绿洲路街道')).toBe('town')
  })
})

describe('pagesListing', () => {
  const a = (value: number): StoryRef => ({ relationTo: 'articles', value })
  const page = (number: number, stories: StoryRef[]) => ({
    id: `page-${number}`,
    number,
    name: null,
    stories,
  })

  it('adds the page, in page-number order, when the edition lacks it', () => {
    expect(pagesListing([page(5, [a(9)])], 3, '县市新闻', [a(1), a(2)], [a(1), a(2)])).toEqual([
      { number: 3, name: '县市新闻', stories: [a(1), a(2)] },
      page(5, [a(9)]),
    ])
  })

  it('changes nothing when no story is new', () => {
    expect(pagesListing([page(3, [a(2), a(7), a(1)])], 3, null, [a(1), a(2)], [])).toBeNull()
  })

  it('lists a new story in page order, ahead of stories an editor added', () => {
    expect(pagesListing([page(3, [a(7), a(1)])], 3, null, [a(1), a(2)], [a(2)])).toEqual([
      page(3, [a(1), a(2), a(7)]),
    ])
  })

  it('leaves a story an editor moved to another page there', () => {
    const pages = [page(3, [a(7)]), page(4, [a(1)])]
    expect(pagesListing(pages, 3, null, [a(1), a(2)], [a(2)])).toEqual([
      page(3, [a(2), a(7)]),
      page(4, [a(1)]),
    ])
  })
})
