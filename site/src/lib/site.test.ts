import { describe, expect, it } from 'vitest'

import { fixtureSnapshot } from '../test/fixture'
import { indexSite } from './site'

const site = indexSite(fixtureSnapshot())
const region = (name: string) => [...site.regions.values()].find((r) => r.name === name)!
const story = (title: string) => site.stories.find((s) => s.title === title)!

describe('indexSite', () => {
  it('groups 全州 first, then the seven counties in order', () => {
    expect(site.groups.map((g) => g.label)).toEqual([
      '全州',
      '昌吉市',
      '阜康市',
      '呼图壁县',
      '玛纳斯县',
      '奇台县',
      '吉木萨尔县',
      '木垒哈萨克自治县',
    ])
  })

  it('files articles under their county, prefecture-wide ones under the prefecture', () => {
    expect(site.urlOf(story('筑牢冬季供水“安全网”'))).toBe(
      '/changji-shi/2025/12/zhu-lao-dong-ji-gong-shui-an-quan-wang/',
    )
    expect(site.urlOf(story('昌吉州243件政务事项实现“周末预约即办”'))).toMatch(
      /^\/changji-zhou\/2025\/12\/chang-ji-zhou-243-/,
    )
    expect(site.urlOf(story('环卫人阿里木·司马义：用心干好一件事'))).toMatch(/^\/profiles\//)
  })

  it('lists a town’s stories with those of its communities, and 全州 only prefecture-wide news', () => {
    const town = site.storiesIn(region('绿洲路街道')).map((s) => s.title)
    expect(town).toContain('“微心愿”架起党群“连心桥”')
    expect(town).toContain('绿洲路街道举办邻里文化节')
    expect(town).not.toContain('宁边路街道为独居老人安装烟感报警器')
    expect(site.storiesIn(region('昌吉州')).every((s) => s.countyId === null)).toBe(true)
    expect(site.storiesIn(region('昌吉市')).length).toBeGreaterThan(20)
  })

  it('keeps lists newest first', () => {
    const dates = site.storiesIn(region('昌吉市')).map((s) => s.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('collects a contributor’s stories, profiles and photos', () => {
    const fu = site.contributors.get('9')!
    const work = site.workOf(fu)
    expect(work.stories.map((s) => s.title)).toEqual(['环卫人阿里木·司马义：用心干好一件事'])
    expect(work.photos.map((p) => p.photo.caption)).toEqual([
      '12月8日，阿里木·司马义正在电脑前办公。',
    ])
    const wang = site.workOf(site.contributors.get('3')!)
    expect(wang.photos).toHaveLength(2)
    expect(wang.photos.every((p) => p.story.title === '“冬日暖甜三件套”的正确打开方式')).toBe(true)
    expect(site.workOf(site.contributors.get('8')!).narrated).toHaveLength(1)
  })

  it('gives a later namesake story its id as a suffix, leaving the first one’s URL alone', () => {
    const snapshot = fixtureSnapshot()
    const first = snapshot.articles.find((a) => a.id === '102')!
    snapshot.articles.push({ ...first, id: '999', publishedAt: '2025-12-11T01:00:00.000Z' })
    const twice = indexSite(snapshot)
    expect(twice.urlOf(twice.find({ type: 'article', id: '102' })!)).toBe(site.urlOf(first))
    expect(twice.urlOf(twice.find({ type: 'article', id: '999' })!)).toBe(
      '/changji-shi/2025/12/zhu-lao-dong-ji-gong-shui-an-quan-wang-999/',
    )
  })

  it('refuses regions whose pages would collide with other routes', () => {
    const snapshot = fixtureSnapshot()
    snapshot.regions.find((r) => r.name === '绿洲路街道')!.slug = 'page'
    snapshot.regions.find((r) => r.name === '阜康市')!.slug = 'changji-shi'
    expect(() => indexSite(snapshot)).toThrow(/绿洲路街道 \(\/changji-shi\/page\/\): .*shadow/)
    expect(() => indexSite(snapshot)).toThrow(/昌吉市 and 阜康市 would share \/changji-shi\//)
  })
})
