import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { loadDivisionArea } from '../../seeds/area/divisions'
import { SAMPLE_AREA } from '../../seeds/data/regions'
import { SAMPLE_PAPER } from '../../seeds/data/sampleIssue'
import { toSlug } from '../../cms/src/lib/slugify'
import { projectRoot } from '../helpers/root'

/** Test files and fixtures may name the sample paper; the product's code may not. */
const isTestOrFixture = (file: string) =>
  /\.test\.ts$|\.spec\.ts$|\/test\/|\/fixtures?\//.test(file) || file.endsWith('payload-types.ts')

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => /\.(ts|tsx|astro|mjs|js|css|scss)$/.test(file) && !isTestOrFixture(file))
}

describe('the product names no paper and no place', async () => {
  const area = await loadDivisionArea(SAMPLE_AREA, { depth: 'town' })
  const above = area.places.filter((place) => place.level !== 'town')
  // The sample paper, its prefecture and counties, in every spelling a file could hold them.
  const names = [
    SAMPLE_PAPER.name,
    ...above.flatMap((place) => [place.name, place.officialName ?? place.name]),
    ...above.map((place) => place.name.replace(/(?:哈萨克)?自治县$|[市县州]$/, '')),
    ...above.map((place) => toSlug(place.name, { kind: 'place' })),
  ]
  // What a paper calls its whole area depends on the area (全州, 全地区, 全市, 全县): data, not code.
  const areaWide = /全(?:州|地区|市|县|盟|旗)/g
  const offending = (text: string) => [
    ...new Set([...names.filter((name) => text.includes(name)), ...(text.match(areaWide) ?? [])]),
  ]
  const files = [...sourceFiles('site/src'), ...sourceFiles('cms/src')]

  it('checks the files it should', () => {
    expect(files).toContain(path.join('site/src/layouts/BaseLayout.astro'))
    expect(files).toContain(path.join('cms/src/payload.config.ts'))
    expect(names).toEqual(expect.arrayContaining(['昌吉日报', '昌吉州', '木垒', 'changji-shi']))
  })

  it('would catch a paper’s name, a county’s slug or an area-wide label in code', () => {
    const code =
      "export const LABEL = '全州'\nconst home = '/changji-shi/' // 昌吉日报\nconst all = '全地区'"
    expect(offending(code).sort()).toEqual(
      ['changji-shi', '全地区', '全州', '昌吉', '昌吉日报'].sort(),
    )
  })

  it.each(['site/src', 'cms/src'])('finds none of the sample’s names in %s', (dir) => {
    const found = files
      .filter((file) => file.startsWith(dir))
      .flatMap((file) => {
        const text = fs.readFileSync(path.join(projectRoot, file), 'utf8')
        return offending(text).map((name) => `${file}: ${name}`)
      })
    expect(found).toEqual([])
  })
})
