import { describe, expect, it } from 'vitest'

import { communityName, prefectureName, townName } from '../../seeds/area/divisionNames'
import { AreaNotFoundError, findDivision, loadDivisionArea } from '../../seeds/area/divisions'
import { divisionGazetteer } from '../../seeds/area/gazetteer'

describe('the names papers print', () => {
  it.each([
    ['伊犁哈萨克自治州', '伊犁州'],
    ['黔东南苗族侗族自治州', '黔东南州'],
    ['延边朝鲜族自治州', '延边州'],
    ['兰州市', '兰州市'],
    ['阿勒泰地区', '阿勒泰地区'],
  ])('calls the prefecture %s %s', (official, name) => {
    expect(prefectureName(official)).toBe(name)
  })

  it.each([
    ['西街社区居民委员会', '西街社区'],
    ['水林社区居委会', '水林社区'],
    ['城关居委会', '城关社区'],
    ['团结村村委会', '团结村'],
    ['团结村民委员会', '团结村'],
    ['巴格村委会', '巴格村'],
    ['一连生活区', '一连生活区'],
  ])('calls the committee %s the place %s', (official, name) => {
    expect(communityName(official)).toBe(name)
  })

  it('drops 办事处 from a street', () => {
    expect(townName('东城街道办事处')).toBe('东城街道')
    expect(townName('吉里于孜镇')).toBe('吉里于孜镇')
  })
})

describe('areas from the national division data', () => {
  it('finds a prefecture by its full name, short name or code, and a county by name', () => {
    expect(findDivision('伊犁哈萨克自治州').level).toBe('prefecture')
    expect(findDivision('伊犁州').division.name).toBe('伊犁哈萨克自治州')
    expect(findDivision('654000').division.name).toBe('伊犁哈萨克自治州')
    expect(findDivision('伊宁县')).toMatchObject({ level: 'county', division: { code: '654021' } })
  })

  it('refuses a name it does not know, and a county name several provinces share', () => {
    expect(() => findDivision('青山州')).toThrow(AreaNotFoundError)
    expect(() => findDivision('青山州')).toThrow('全国区划数据中没有“青山州”')
    expect(() => findDivision('朝阳区')).toThrow(/有多个同名区县.*110105.*220104/)
  })

  it('builds a prefecture’s tree down to villages, with codes and parents', async () => {
    const area = await loadDivisionArea('伊犁哈萨克自治州')
    expect(area.root).toEqual({
      code: '654000',
      name: '伊犁州',
      officialName: '伊犁哈萨克自治州',
      level: 'prefecture',
      parentCode: null,
    })
    const byName = new Map(area.places.map((place) => [place.name, place]))
    expect(byName.get('伊宁县')).toMatchObject({ code: '654021', parentCode: '654000' })
    expect(byName.get('吉里于孜镇')).toMatchObject({ level: 'town', parentCode: '654021' })
    const sunzaqi = byName.get('孙扎齐牛录镇')
    expect(sunzaqi).toMatchObject({ level: 'town', code: expect.stringMatching(/^654022\d{3}$/) })
    const codes = new Set(area.places.map((place) => place.code))
    for (const place of area.places.slice(1)) expect(codes).toContain(place.parentCode)
    expect(area.places.filter((place) => place.level === 'community').length).toBeGreaterThan(500)
  })

  it('builds a county’s tree with the county at its root', async () => {
    const area = await loadDivisionArea('伊宁县', { depth: 'town' })
    expect(area.root).toMatchObject({ name: '伊宁县', level: 'county', parentCode: null })
    expect(new Set(area.places.slice(1).map((place) => place.level))).toEqual(new Set(['town']))
  })

  it('gives the gazetteer every place with its county', async () => {
    const gazetteer = divisionGazetteer(await loadDivisionArea('伊犁州', { depth: 'town' }))
    expect(gazetteer.prefecture).toBe('伊犁州')
    expect(gazetteer.counties).toContain('察布查尔锡伯自治县')
    expect(gazetteer.places).toContainEqual({ name: '孙扎齐牛录镇', county: '察布查尔锡伯自治县' })
  })
})
