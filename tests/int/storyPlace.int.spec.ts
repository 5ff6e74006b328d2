import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Region, User } from '@/payload-types'
import { relationId } from '@/lib/relationId'

import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { createPublished, type Reviewers } from '../helpers/review'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let prefecture: Region
let changji: Region
let manasi: Region
let town: Region
let community: Region

const region = (data: Pick<Region, 'name' | 'level'> & { parent?: number }) =>
  payload.create({ collection: 'regions', data, context: { skipSiteBuild: true } })

const placeOf = async (id: number, draft = false) => {
  const story = await payload.findByID({ collection: 'articles', id, depth: 0, draft })
  return { county: relationId(story.county), prefecture: relationId(story.prefecture) }
}

const publish = (title: string, regions: number[]) =>
  createPublished(payload, reviewers, storyData(title, { regions }), {
    user: editor,
    context: { skipSiteBuild: true },
  })

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ editor, reviewers } = await createNewsroom(payload))
  prefecture = await region({ name: '昌吉州', level: 'prefecture' })
  changji = await region({ name: '昌吉市', level: 'county', parent: prefecture.id })
  manasi = await region({ name: '玛纳斯县', level: 'county', parent: prefecture.id })
  town = await region({ name: '绿洲路街道', level: 'town', parent: changji.id })
  community = await region({ name: '美院社区', level: 'community', parent: town.id })
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('a story’s county and prefecture', () => {
  it('are stored from its regions when it is filed', async () => {
    const story = await publish('社区新闻', [community.id])
    expect(await placeOf(story.id)).toEqual({ county: changji.id, prefecture: prefecture.id })
    const wide = await publish('全州新闻', [prefecture.id])
    expect(await placeOf(wide.id)).toEqual({ county: null, prefecture: prefecture.id })
    // Tagged 全州 first, then a county: county news, as the site groups it.
    const both = await publish('全州与玛纳斯', [prefecture.id, manasi.id])
    expect(await placeOf(both.id)).toEqual({ county: manasi.id, prefecture: prefecture.id })
  })

  it('follow a change of the story’s regions, published or draft', async () => {
    const story = await publish('换地区的新闻', [town.id])
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { regions: [manasi.id] },
      user: editor,
      context: { skipSiteBuild: true },
    })
    expect(await placeOf(story.id)).toEqual({ county: manasi.id, prefecture: prefecture.id })
    // A draft saved over it: the published story keeps its county, the draft carries the new one.
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { regions: [community.id] },
      draft: true,
      user: editor,
      context: { skipSiteBuild: true },
    })
    expect(await placeOf(story.id)).toEqual({ county: manasi.id, prefecture: prefecture.id })
    expect(await placeOf(story.id, true)).toEqual({ county: changji.id, prefecture: prefecture.id })
    // Regions removed: it belongs nowhere.
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { regions: [], _status: 'published' },
      user: editor,
      context: { skipSiteBuild: true },
    })
    expect(await placeOf(story.id)).toEqual({ county: null, prefecture: null })
  })

  it('follow a town moved to another county, down to its communities, without a new version', async () => {
    const moving = await region({ name: '三工镇', level: 'town', parent: changji.id })
    const village = await region({ name: '下三工村', level: 'community', parent: moving.id })
    const townStory = await publish('三工镇新闻', [moving.id])
    const villageStory = await publish('下三工村新闻', [village.id])
    const draft = await payload.create({
      collection: 'articles',
      data: storyData('下三工村草稿', { regions: [village.id] }),
      draft: true,
      user: editor,
      context: { skipSiteBuild: true },
    })
    const before = await payload.findByID({ collection: 'articles', id: townStory.id })
    const versionsBefore = await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: townStory.id } },
    })

    await payload.update({
      collection: 'regions',
      id: moving.id,
      data: { parent: manasi.id },
      context: { skipSiteBuild: true },
    })

    expect(await placeOf(townStory.id)).toEqual({ county: manasi.id, prefecture: prefecture.id })
    expect(await placeOf(villageStory.id)).toEqual({ county: manasi.id, prefecture: prefecture.id })
    expect(await placeOf(draft.id, true)).toEqual({ county: manasi.id, prefecture: prefecture.id })
    const after = await payload.findByID({ collection: 'articles', id: townStory.id })
    expect(after.publishedAt).toBe(before.publishedAt)
    expect(after.title).toBe(before.title)
    expect(after.body).toEqual(before.body)
    expect(
      await payload.countVersions({
        collection: 'articles',
        where: { parent: { equals: townStory.id } },
      }),
    ).toEqual(versionsBefore)
    // The county list finds them under their new county, and no longer under the old one.
    const list = async (county: number) =>
      (
        await payload.find({
          collection: 'articles',
          where: { county: { equals: county }, _status: { equals: 'published' } },
          depth: 0,
        })
      ).docs.map((d: Article) => d.id)
    expect(await list(manasi.id)).toEqual(expect.arrayContaining([townStory.id, villageStory.id]))
    expect(await list(changji.id)).not.toContain(villageStory.id)
  })

  it('keep pointing at a county that is renamed, which lists under its new name', async () => {
    const story = await publish('改名前的新闻', [community.id])
    await payload.update({
      collection: 'regions',
      id: changji.id,
      data: { name: '昌吉新市' },
      context: { skipSiteBuild: true },
    })
    expect(await placeOf(story.id)).toEqual({ county: changji.id, prefecture: prefecture.id })
    const { docs } = await payload.find({
      collection: 'articles',
      where: { county: { equals: changji.id } },
      depth: 1,
      overrideAccess: false,
    })
    const listed = docs.find((d) => d.id === story.id)
    expect((listed?.county as Region).name).toBe('昌吉新市')
  })

  it('follow a county moved under another prefecture, for stories tagged with its towns', async () => {
    const other = await region({ name: '伊犁州', level: 'prefecture' })
    const story = await publish('玛纳斯新闻', [manasi.id])
    const { docs } = await payload.find({
      collection: 'articles',
      where: { county: { equals: manasi.id } },
      depth: 0,
      pagination: false,
    })
    await payload.update({
      collection: 'regions',
      id: manasi.id,
      data: { parent: other.id },
      context: { skipSiteBuild: true },
    })
    for (const doc of [...docs, story]) {
      expect(await placeOf(doc.id)).toEqual({ county: manasi.id, prefecture: other.id })
    }
  })
})

describe('the admin’s pickers', () => {
  /** What a relationship picker asks when an editor types: its title field, `like` the input. */
  const pick = async (collection: 'regions' | 'contributors', typed: string) =>
    (
      await payload.find({
        collection,
        where: { searchName: { like: typed } },
        select: { searchName: true },
        depth: 0,
        user: editor,
        overrideAccess: false,
      })
    ).docs.map((d) => d.searchName)

  it('find places by characters, pinyin or initials', async () => {
    for (const typed of ['美院', 'meiyuan', 'mysq']) {
      expect(await pick('regions', typed)).toEqual(['美院社区 · meiyuanshequ mysq'])
    }
  })

  it('find people by characters, pinyin or initials, and follow a corrected name', async () => {
    const person = await payload.create({
      collection: 'contributors',
      data: { name: '王正佳', defaultRole: 'correspondent' },
      context: { skipSiteBuild: true },
    })
    for (const typed of ['王正', 'wangzhengjia', 'wzj']) {
      expect(await pick('contributors', typed)).toEqual(['王正佳 · wangzhengjia wzj'])
    }
    await payload.update({
      collection: 'contributors',
      id: person.id,
      data: { name: '王正嘉' },
      context: { skipSiteBuild: true },
    })
    expect(await pick('contributors', 'wzj')).toEqual(['王正嘉 · wangzhengjia wzj'])
  })
})
