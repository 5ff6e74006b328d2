import { pinyin } from 'pinyin-pro'

import { COUNTY_SUFFIXES, TOWNSHIP_SUFFIXES, VILLAGE_SUFFIXES } from './placeSuffixes'

/**
 * Administrative suffixes written as their own word: 青山市 → qingshan-shi, 幸福社区 → xingfu-shequ.
 * Longest first, so a name like 某某哈萨克自治县 ends in 自治县 rather than 县. Zones (开发区, 农场) are not
 * administrative units and stay part of the name, as their slugs always have.
 */
const PLACE_SUFFIXES = [...COUNTY_SUFFIXES, ...TOWNSHIP_SUFFIXES, ...VILLAGE_SUFFIXES].sort(
  (a, b) => b.length - a.length,
)

type SlugOptions = {
  /** 'name' reads the first character as a surname (单 shan, 曾 zeng). */
  kind?: 'name' | 'place' | 'text'
  maxSyllables?: number
}

function syllables(text: string, kind: SlugOptions['kind']): string[] {
  return pinyin(text, {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
    surname: kind === 'name' ? 'head' : 'off',
  })
    .flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean)
}

/**
 * A readable ASCII slug from Chinese (or mixed) text, through pinyin-pro.
 * Names keep their syllables together (杨鹤 → yanghe, 阿里木·司马义 → alimu-simayi); places split off
 * their administrative suffix (松溪县 → songxi-xian); headlines hyphenate syllables.
 */
export function toSlug(
  text: string,
  { kind = 'text', maxSyllables = 12 }: SlugOptions = {},
): string {
  const clean = text.normalize('NFKC').trim()
  if (kind === 'place') {
    const suffix = PLACE_SUFFIXES.find((s) => clean.endsWith(s) && clean.length > s.length)
    const base = suffix ? clean.slice(0, -suffix.length) : clean
    return [syllables(base, 'text').join(''), suffix ? syllables(suffix, 'text').join('') : '']
      .filter(Boolean)
      .join('-')
  }
  if (kind === 'name') {
    return clean
      .split(/[·•・\s]+/)
      .map((part) => syllables(part, 'name').join(''))
      .filter(Boolean)
      .join('-')
  }
  return syllables(clean, 'text').slice(0, maxSyllables).join('-')
}

/**
 * A name as the newsroom's pickers match it: the characters, then its pinyin run together and its
 * initials, so 杨鹤 is found by 杨, yanghe or yh, and 青山市 by qingshan or qss.
 */
export function withPinyin(
  text: string,
  { kind = 'text' }: Pick<SlugOptions, 'kind'> = {},
): string {
  const clean = text.normalize('NFKC').trim()
  const parts = syllables(clean, kind).slice(0, 24)
  if (parts.length === 0) return clean
  const full = parts.join('')
  const initials = parts.map((s) => s[0]).join('')
  return full === clean.toLowerCase() ? clean : `${clean} · ${full} ${initials}`
}
