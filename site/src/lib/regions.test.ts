import { describe, expect, it } from 'vitest'

import type { PublicRegion } from '#contract'
import {
  areaWideLabel,
  breadcrumb,
  childRegions,
  countyGroups,
  lineage,
  regionSlugs,
} from './regions'

const region = (
  id: string,
  name: string,
  slug: string,
  level: PublicRegion['level'],
  ancestry: string[],
  order: number | null = null,
): PublicRegion => ({
  id,
  name,
  slug,
  level,
  ancestry,
  order,
  parentId: ancestry.at(-2) ?? null,
  countyId: level === 'prefecture' ? null : (ancestry[1] ?? null),
})

const prefecture = region('1', '昌吉州', 'changji-zhou', 'prefecture', ['1'])
const changji = region('2', '昌吉市', 'changji-shi', 'county', ['1', '2'], 1)
const qitai = region('6', '奇台县', 'qitai-xian', 'county', ['1', '6'], 5)
const fukang = region('3', '阜康市', 'fukang-shi', 'county', ['1', '3'], 2)
const lvzhou = region('10', '绿洲路街道', 'lvzhoulu-jiedao', 'town', ['1', '2', '10'])
const meiyuan = region('20', '美院社区', 'meiyuan-shequ', 'community', ['1', '2', '10', '20'])
const all = [meiyuan, qitai, lvzhou, changji, fukang, prefecture]
const byId = new Map(all.map((r) => [r.id, r]))

describe('region paths', () => {
  it('walks from the prefecture down to the region', () => {
    expect(lineage(meiyuan, byId).map((r) => r.name)).toEqual([
      '昌吉州',
      '昌吉市',
      '绿洲路街道',
      '美院社区',
    ])
  })

  it('leaves the prefecture out of county URLs but gives it its own', () => {
    expect(regionSlugs(meiyuan, byId)).toEqual(['changji-shi', 'lvzhoulu-jiedao', 'meiyuan-shequ'])
    expect(regionSlugs(changji, byId)).toEqual(['changji-shi'])
    expect(regionSlugs(prefecture, byId)).toEqual(['changji-zhou'])
  })

  it('builds a linked breadcrumb', () => {
    expect(breadcrumb(meiyuan, byId)).toEqual([
      { name: '昌吉州', url: '/changji-zhou/' },
      { name: '昌吉市', url: '/changji-shi/' },
      { name: '绿洲路街道', url: '/changji-shi/lvzhoulu-jiedao/' },
      { name: '美院社区', url: '/changji-shi/lvzhoulu-jiedao/meiyuan-shequ/' },
    ])
  })
})

describe('countyGroups', () => {
  it('puts 全州 first, then counties in their editorial order', () => {
    expect(countyGroups(all).map((g) => g.label)).toEqual(['全州', '昌吉市', '阜康市', '奇台县'])
  })

  it('lists counties without an order after the ordered ones', () => {
    const unordered = region('9', '新县', 'xin-xian', 'county', ['1', '9'])
    expect(countyGroups([unordered, ...all]).at(-1)?.label).toBe('新县')
  })
})

describe('areaWideLabel', () => {
  it('names area-wide news after the kind of area the paper covers', () => {
    const labels = ['伊犁州', '喀什地区', '哈密市', '锡林郭勒盟', '伊宁县', '新区'].map((name) =>
      areaWideLabel({ name }),
    )
    expect(labels).toEqual(['全州', '全地区', '全市', '全盟', '全县', '全区'])
  })

  it('keeps a name of no known kind as it is', () => {
    expect(areaWideLabel({ name: '五家渠垦区管委会' })).toBe('五家渠垦区管委会')
  })

  it('labels a prefecture-level city’s group 全市', () => {
    const city = region('1', '青山市', 'qingshan-shi', 'prefecture', ['1'])
    expect(countyGroups([city])[0].label).toBe('全市')
  })
})

describe('childRegions', () => {
  it('lists a prefecture’s counties in order and a town’s communities', () => {
    expect(childRegions(prefecture, all).map((r) => r.name)).toEqual(['昌吉市', '阜康市', '奇台县'])
    expect(childRegions(lvzhou, all)).toEqual([meiyuan])
  })
})
