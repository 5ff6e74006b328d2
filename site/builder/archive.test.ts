import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { storePaths, writeJson, writeStoreFromSnapshot } from '#contract'
import { archiveOf, fixtureSnapshot } from '../src/test/fixture'
import { Archive } from './archive'

const archive = archiveOf()
const region = (name: string) => archive.meta.regions.find((r) => r.name === name)!
const entry = (title: string) =>
  archive.stories.find((e) => archive.story(e).title === title)!
const titles = (list: readonly { type: 'article' | 'profile'; id: string }[] = []) =>
  list.map((e) => archive.story(archive.byKey.get(`${e.type}:${e.id}`)!).title)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-test-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('Archive', () => {
  it('groups 全州 first, then the seven counties in order', () => {
    expect(archive.groups.map((g) => g.label)).toEqual([
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
    expect(archive.urlOf(entry('筑牢冬季供水“安全网”'))).toBe(
      '/changji-shi/2025/12/zhu-lao-dong-ji-gong-shui-an-quan-wang/',
    )
    expect(archive.urlOf(entry('昌吉州243件政务事项实现“周末预约即办”'))).toMatch(
      /^\/changji-zhou\/2025\/12\/chang-ji-zhou-243-/,
    )
    expect(archive.urlOf(entry('环卫人阿里木·司马义：用心干好一件事'))).toMatch(/^\/profiles\//)
  })

  it('lists a town’s stories with those of its communities, and 全州 only prefecture-wide news', () => {
    const town = titles(archive.inRegion.get(region('绿洲路街道').id))
    expect(town).toContain('“微心愿”架起党群“连心桥”')
    expect(town).toContain('绿洲路街道举办邻里文化节')
    expect(town).not.toContain('宁边路街道为独居老人安装烟感报警器')
    expect(archive.inRegion.get(region('昌吉州').id)!.every((e) => e.countyId === null)).toBe(true)
    expect(archive.inRegion.get(region('昌吉市').id)!.length).toBeGreaterThan(20)
  })

  it('keeps lists newest first', () => {
    const dates = archive.inRegion.get(region('昌吉市').id)!.map((s) => s.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('knows whom a story credits: bylines, a profile’s compiler and narrator, photographers', () => {
    expect(titles(archive.credited.get('9'))).toEqual(['环卫人阿里木·司马义：用心干好一件事'])
    expect(titles(archive.narrated.get('8'))).toHaveLength(1)
    expect(titles(archive.photographed.get('3'))).toContain('“冬日暖甜三件套”的正确打开方式')
  })

  it('gives a later namesake story its id as a suffix, leaving the first one’s URL alone', () => {
    const snapshot = fixtureSnapshot()
    const first = snapshot.articles.find((a) => a.id === '102')!
    snapshot.articles.push({ ...first, id: '999', publishedAt: '2025-12-11T01:00:00.000Z' })
    const twice = archiveOf(snapshot)
    expect(twice.urlOf({ type: 'article', id: '102' })).toBe(archive.urlOf(first))
    expect(twice.urlOf({ type: 'article', id: '999' })).toBe(
      '/changji-shi/2025/12/zhu-lao-dong-ji-gong-shui-an-quan-wang-999/',
    )
  })

  it('refuses regions whose pages would collide with other routes', () => {
    const snapshot = fixtureSnapshot()
    snapshot.regions.find((r) => r.name === '绿洲路街道')!.slug = 'page'
    snapshot.regions.find((r) => r.name === '阜康市')!.slug = 'changji-shi'
    expect(() => archiveOf(snapshot)).toThrow(/绿洲路街道 \(\/changji-shi\/page\/\): .*shadow/)
    expect(() => archiveOf(snapshot)).toThrow(/昌吉市 and 阜康市 would share \/changji-shi\//)
  })

  it('refuses a store of another version, naming both', () => {
    writeStoreFromSnapshot(fixtureSnapshot(), dir)
    writeJson(storePaths(dir).meta, { version: 1 })
    expect(() => new Archive(dir)).toThrow(/has version 1; this site reads version 4/)
  })

  it('says which field of which file is wrong', () => {
    const snapshot = fixtureSnapshot()
    snapshot.articles[0].slug = 'a/b'
    writeStoreFromSnapshot(snapshot, dir)
    expect(() => new Archive(dir)).toThrow(/index\/2025-\d\d\.json is not what the site expects[\s\S]*slug/)
  })

  it('refuses a store that points at things it does not hold', () => {
    const snapshot = fixtureSnapshot()
    snapshot.articles[0].photoIds.push('999')
    writeStoreFromSnapshot(snapshot, dir)
    const store = new Archive(dir)
    const story = store.byKey.get(`article:${snapshot.articles[0].id}`)!
    expect(() => store.story(story)).toThrow(/is incomplete:\n- article .* refers to photo 999/)
    snapshot.articles[0].photoIds.pop()
    snapshot.editions[0].pages[0].stories.push({ type: 'profile', id: '404' })
    writeStoreFromSnapshot(snapshot, dir)
    expect(() => new Archive(dir)).toThrow(/lists profile:404, which is not in the store/)
  })
})
