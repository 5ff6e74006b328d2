import { TOWNSHIP_SUFFIXES, VILLAGE_SUFFIXES, ZONE_SUFFIXES } from '@/lib/placeSuffixes'

import type { Gazetteer } from './types'

/** A region path printed as a label line, e.g. 青山市幸福社区: county 青山市, places [幸福社区]. */
export interface RegionPath {
  county: string | null
  places: string[]
}

// Levels of the region tree: prefecture 州 › county 市/县 › town or street › community or village.
const PREFECTURE = 0
const COUNTY = 1
const TOWN = 2
const VILLAGE = 3
type Level = typeof PREFECTURE | typeof COUNTY | typeof TOWN | typeof VILLAGE

const TOWN_SUFFIXES = [...TOWNSHIP_SUFFIXES, ...ZONE_SUFFIXES]
const PLACE_SUFFIXES = [...TOWN_SUFFIXES, ...VILLAGE_SUFFIXES]
const LONGEST_SUFFIX = Math.max(...PLACE_SUFFIXES.map((suffix) => suffix.length))
const HAN_WORD = /^[\u4e00-\u9fa5]+$/
const HAN_CHAR = /[\u4e00-\u9fa5]/
// Words built on the place suffixes that name no place: 乡镇, 城镇, 美丽乡村, 新农村.
const GENERIC_ENDING = /(?:乡镇|城镇|乡村|农村|村镇|镇村)$/
// Quantifiers make a suffix word generic, before the stem (各乡, 每村, 该社区) or the suffix (覆盖全镇).
const GENERIC_START = /^[各全每该]/
const QUANTIFIED_STEM = /[各全每该本整]$/
// Function words never inside a place name in running text; they mark a clause (干部进村, 走进社区).
const CLAUSE_CHARS = /[的了在进到把被是从让给这那其也都就还又并而或等及对向为与和将]/
const MIN_STEM = 2
// A label line is all names, so long stems are safe there; in running text they would swallow a clause.
const MAX_STEM = { label: 10, text: 6 }
type Mode = keyof typeof MAX_STEM

interface Token {
  name: string
  level: Level
  end: number
  /** Position in the text, for ordering; label places get negative ones, to come first. */
  order: number
}

interface Area {
  name: string
  level: Level
  /** Matches a spelling at the start of a string. */
  atStart: RegExp
  /** Matches a spelling at the end of a string. */
  atEnd: RegExp
  anywhere: RegExp
  every: RegExp
}

/** Recognises the gazetteer's regions, and unknown towns and communities by suffix, in page text. */
export class RegionIndex {
  private readonly prefecture: Area | null
  private readonly counties: Area[]
  /** The prefecture and the counties: the names that are regions above the town level. */
  private readonly areas: Area[]
  /** Known places with their county; a name several counties share is known, with no county. */
  private readonly places = new Map<string, string | null>()
  /** Known place names by their first character, to look them up at a position quickly. */
  private readonly placesByStart = new Map<string, string[]>()

  constructor(gazetteer: Gazetteer) {
    this.prefecture = gazetteer.prefecture ? area(gazetteer.prefecture, PREFECTURE) : null
    this.counties = gazetteer.counties.map((name) => area(name, COUNTY))
    this.areas = this.prefecture ? [this.prefecture, ...this.counties] : this.counties
    for (const { name, county } of gazetteer.places ?? []) {
      const known = this.places.get(name)
      this.places.set(name, known === undefined || known === county ? county : null)
    }
    for (const name of this.places.keys()) {
      const list = this.placesByStart.get(name[0]) ?? []
      list.push(name)
      this.placesByStart.set(name[0], list)
    }
  }

  /** Whether the gazetteer knows this town, street, village or community. */
  knowsPlace(name: string): boolean {
    return this.places.has(name)
  }

  /** Every known place name, for suggesting the nearest ones to an unknown name. */
  knownPlaces(): string[] {
    return [...this.places.keys()]
  }

  /** Reads a line made only of region names (青山市, 松溪县石桥镇, 东风路街道幸福社区); null otherwise. */
  parsePath(line: string): RegionPath | null {
    const tokens = this.tokenizePath(line.replace(/\s/g, ''), 0, -1)
    if (!tokens?.length) return null
    return {
      county: tokens.findLast((token) => token.level <= COUNTY)?.name ?? null,
      places: tokens.filter((token) => token.level >= TOWN).map((token) => token.name),
    }
  }

  /**
   * The county a story belongs to: its label's, else the prefecture or county its headlines name,
   * else the county its text names most, else the prefecture if the text names it.
   */
  countyOf(path: RegionPath | null, headlines: string[], body: string): string | null {
    return (
      path?.county ??
      this.countyOfKnownPlace(path?.places ?? []) ??
      this.countyNamedIn(headlines) ??
      this.countyMostNamedIn(body)
    )
  }

  /** The regions a story covers, most general first: county, towns or streets, communities or villages. */
  regionsOf(county: string | null, path: RegionPath | null, body: string): string[] {
    const labelPlaces = path?.places ?? []
    const labelled = labelPlaces.map((name, index) => placeToken(name, index - labelPlaces.length))
    const countyArea = this.counties.find((candidate) => candidate.name === county)
    const named = countyArea
      ? [
          ...labelled,
          ...this.chainsAfter(countyArea, body),
          ...this.knownPlacesIn(body, countyArea),
        ]
      : labelled
    const villages = named.filter((token) => token.level === VILLAGE)
    const found = [...named, ...villages.flatMap((village) => this.townsBefore(village.name, body))]
    const places = found
      .sort((a, b) => a.level - b.level || a.order - b.order)
      .map((token) => token.name)
    return [...new Set([...(county ? [county] : []), ...places])]
  }

  /** Whether a line names a region: a county, the prefecture, a known place or a suffixed place name. */
  namesPlace(text: string): boolean {
    if (this.prefecture?.anywhere.test(text) || this.mentionsIn(text).length > 0) return true
    for (let start = 0; start < text.length; start++) {
      if (this.startsWord(text, start) && this.placesAt(text, start, 'text').length > 0) return true
    }
    return false
  }

  private tokenizePath(line: string, start: number, lastLevel: number): Token[] | null {
    if (start === line.length) return []
    for (const token of this.tokensAt(line, start, 'label')) {
      if (token.level <= lastLevel) continue
      const rest = this.tokenizePath(line, token.end, token.level)
      if (rest) return [token, ...rest]
    }
    return null
  }

  private tokensAt(text: string, start: number, mode: Mode): Token[] {
    const rest = text.slice(start)
    const areas = this.areas.flatMap((candidate): Token[] => {
      const spelling = candidate.atStart.exec(rest)?.[0]
      if (!spelling) return []
      return [
        {
          name: candidate.name,
          level: candidate.level,
          end: start + spelling.length,
          order: start,
        },
      ]
    })
    return [...areas, ...this.placesAt(text, start, mode)]
  }

  /** Town- and village-level names starting at `start`: known places first, then by suffix, shortest first. */
  private placesAt(text: string, start: number, mode: Mode): Token[] {
    const known = (this.placesByStart.get(text[start]) ?? [])
      .filter((name) => text.startsWith(name, start))
      .map((name) => placeToken(name, start))
    const suffixed: Token[] = []
    const longest = Math.min(text.length, start + MAX_STEM[mode] + LONGEST_SUFFIX)
    for (let end = start + MIN_STEM + 1; end <= longest; end++) {
      const candidate = text.slice(start, end)
      // 美丽乡 is not a township when the text goes on 美丽乡村.
      const runsOn = GENERIC_ENDING.test(text.slice(end - 1, end + 1))
      if (isPlaceName(candidate, mode) && !runsOn) suffixed.push(placeToken(candidate, start))
    }
    return [...known, ...suffixed]
  }

  /** Towns and communities printed right after the county: 松溪县石桥镇, 青山市东风路街道幸福社区. */
  private chainsAfter(county: Area, body: string): Token[] {
    return [...body.matchAll(county.every)].flatMap((match) => {
      const chain: Token[] = []
      let position = match.index + match[0].length
      let level: Level = COUNTY
      for (;;) {
        const next = this.placesAt(body, position, 'text').find((token) => token.level > level)
        if (!next) return chain
        chain.push(next)
        position = next.end
        level = next.level
      }
    })
  }

  private knownPlacesIn(body: string, county: Area): Token[] {
    return [...this.places]
      .filter(([name, placeCounty]) => placeCounty === county.name && body.includes(name))
      .map(([name]) => placeToken(name, body.indexOf(name)))
  }

  /** The street or town the text prints right before a community: 东风路街道幸福社区. */
  private townsBefore(village: string, body: string): Token[] {
    return indicesOf(body, village).flatMap((index) => {
      const longest = Math.min(MAX_STEM.text + LONGEST_SUFFIX, index)
      for (let length = MIN_STEM + 1; length <= longest; length++) {
        const start = index - length
        const candidate = body.slice(start, index)
        const isTown = levelOf(candidate) === TOWN && isPlaceName(candidate, 'text')
        if (isTown && this.startsWord(body, start)) return [placeToken(candidate, start)]
      }
      return []
    })
  }

  /** Whether a name may start at `start`: after punctuation, a function word or a region name. */
  private startsWord(text: string, start: number): boolean {
    const before = text[start - 1]
    if (start === 0 || !HAN_CHAR.test(before) || CLAUSE_CHARS.test(before)) return true
    const head = text.slice(0, start)
    return this.areas.some((candidate) => candidate.atEnd.test(head))
  }

  private countyOfKnownPlace(places: string[]): string | null {
    return places.map((name) => this.places.get(name)).find(Boolean) ?? null
  }

  private countyNamedIn(headlines: string[]): string | null {
    const { prefecture } = this
    if (prefecture && headlines.some((line) => prefecture.anywhere.test(line))) {
      return prefecture.name
    }
    return headlines.map((line) => this.mentionsIn(line)[0]?.county).find(Boolean) ?? null
  }

  private countyMostNamedIn(body: string): string | null {
    const counts = new Map<string, number>()
    for (const { county } of this.mentionsIn(body)) {
      counts.set(county, (counts.get(county) ?? 0) + 1)
    }
    if (counts.size === 0) return this.prefecture?.anywhere.test(body) ? this.prefecture.name : null
    // Counts are in order of first mention, so on a tie the county named first wins.
    return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
  }

  /** Every mention of a county, or of a known place standing for its county, in text order. */
  private mentionsIn(text: string): { county: string; index: number }[] {
    const counties = this.counties.flatMap((candidate) =>
      [...text.matchAll(candidate.every)].map((match) => ({
        county: candidate.name,
        index: match.index,
      })),
    )
    const places = [...this.places].flatMap(([name, county]) =>
      county ? indicesOf(text, name).map((index) => ({ county, index })) : [],
    )
    return [...counties, ...places].sort((a, b) => a.index - b.index)
  }
}

function area(name: string, level: Level): Area {
  const spellings = spellingsOf(escapeRegExp(name))
  return {
    name,
    level,
    atStart: new RegExp(`^(?:${spellings})`),
    atEnd: new RegExp(`(?:${spellings})$`),
    anywhere: new RegExp(spellings),
    every: new RegExp(spellings, 'g'),
  }
}

/**
 * A pattern for every printed spelling of a county-level or prefecture name: 白河蒙古自治县 is also
 * printed 白河县, and 云岭州 also 云岭彝族自治州. Where an autonomous name's ethnic part starts is not
 * known, so every shortened stem is allowed; the ones that are no real name never occur in print.
 */
function spellingsOf(name: string): string {
  const autonomous = /^(.+)自治([州县旗])$/.exec(name)
  if (autonomous) {
    const [, head, unit] = autonomous
    const stems = [...head]
      .map((_, index) => head.slice(0, index))
      .filter((stem) => stem.length >= MIN_STEM)
    return [name, ...stems.reverse().map((stem) => stem + unit)].join('|')
  }
  const shortForm = /^(.+)([州县旗])$/.exec(name)
  if (shortForm) {
    const [, stem, unit] = shortForm
    return `${stem}(?:[\\u4e00-\\u9fa5]{1,8}?自治)?${unit}`
  }
  return name
}

function indicesOf(text: string, word: string): number[] {
  const indices: number[] = []
  for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + 1)) {
    indices.push(index)
  }
  return indices
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function isPlaceName(candidate: string, mode: Mode): boolean {
  const suffix = PLACE_SUFFIXES.find((ending) => candidate.endsWith(ending))
  if (!suffix || !HAN_WORD.test(candidate)) return false
  const stem = candidate.slice(0, -suffix.length)
  return (
    stem.length >= MIN_STEM &&
    stem.length <= MAX_STEM[mode] &&
    !GENERIC_ENDING.test(candidate) &&
    !GENERIC_START.test(candidate) &&
    !QUANTIFIED_STEM.test(stem) &&
    (mode === 'label' || !CLAUSE_CHARS.test(stem))
  )
}

function levelOf(name: string): Level {
  return VILLAGE_SUFFIXES.some((suffix) => name.endsWith(suffix)) ? VILLAGE : TOWN
}

function placeToken(name: string, start: number): Token {
  return { name, level: levelOf(name), end: start + name.length, order: start }
}
