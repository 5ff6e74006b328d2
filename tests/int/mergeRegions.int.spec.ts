/**
 * Merging two regions that are the same place, as the desk does from a region's page: what was
 * under or tagged with the removed one moves to the kept one, and merges that would break a
 * published address, lose the coverage area or cross levels are refused with the reason.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Region, User } from '@/payload-types'
import { relationId } from '@/lib/relationId'

import { restCall, tokenFor } from '../helpers/api'
import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { createPublished, type Reviewers } from '../helpers/review'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let editorToken: string
let reporterToken: string
let prefecture: Region
let qingshan: Region
let hexi: Region
let town: Region
let duplicate: Region
let villageOfDuplicate: Region
let otherCountyTown: Region
let live: Article
let draft: Article
let photoId: number

const quiet = { context: { skipSiteBuild: true } }

const region = (data: Pick<Region, 'name' | 'level'> & { parent?: number }) =>
  payload.create({ collection: 'regions', data, ...quiet })

const regionIds = (story: { regions?: Article['regions'] }) =>
  (story.regions ?? []).map((r) => relationId(r))

const exists = async (id: number) =>
  (await payload.count({ collection: 'regions', where: { id: { equals: id } } })).totalDocs === 1

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  const newsroom = await createNewsroom(payload)
  ;({ editor, reviewers } = newsroom)
  editorToken = await tokenFor(payload, editor.email)
  reporterToken = await tokenFor(payload, newsroom.reporter.email)
  prefecture = await region({ name: '云岭州', level: 'prefecture' })
  await payload.updateGlobal({ slug: 'paper-settings', data: { area: prefecture.id }, ...quiet })
  qingshan = await region({ name: '青山市', level: 'county', parent: prefecture.id })
  hexi = await region({ name: '河西县', level: 'county', parent: prefecture.id })
  town = await region({ name: '东风路街道', level: 'town', parent: qingshan.id })
  // The same street entered again, with a community under it.
  duplicate = await region({ name: '东风路街道办', level: 'town', parent: qingshan.id })
  villageOfDuplicate = await region({ name: '幸福社区', level: 'community', parent: duplicate.id })
  otherCountyTown = await region({ name: '东风镇', level: 'town', parent: hexi.id })

  live = await createPublished(
    payload,
    reviewers,
    storyData('街道新闻', { regions: [duplicate.id, prefecture.id] }),
    { user: editor, ...quiet },
  )
  // A later draft of the live story, and a story that was never published.
  await payload.update({
    collection: 'articles',
    id: live.id,
    data: { subtitle: '修改中' },
    draft: true,
    ...quiet,
  })
  draft = await payload.create({
    collection: 'articles',
    data: storyData('草稿新闻', { regions: [duplicate.id] }),
    draft: true,
    ...quiet,
  })
  await createPublished(
    payload,
    reviewers,
    storyData('河西新闻', { regions: [otherCountyTown.id] }),
    {
      user: editor,
      ...quiet,
    },
  )
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#468' } })
    .jpeg()
    .toBuffer()
  const photo = await payload.create({
    collection: 'media',
    data: { alt: '街景', region: duplicate.id, creditText: '本报' },
    file: { data: jpeg, mimetype: 'image/jpeg', name: 'street.jpg', size: jpeg.length },
    ...quiet,
  })
  photoId = photo.id
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('adding and renaming places', () => {
  it('lets the desk add a place the national data lacks and rename it, keeping its address', async () => {
    const asEditor = { user: editor, overrideAccess: false, ...quiet } as const
    const zone = await payload.create({
      collection: 'regions',
      data: { name: '青山经济开发区', level: 'town', parent: qingshan.id },
      ...asEditor,
    })
    expect(relationId(zone.county)).toBe(qingshan.id)
    const renamed = await payload.update({
      collection: 'regions',
      id: zone.id,
      data: { name: '青山高新区' },
      ...asEditor,
    })
    expect(renamed.name).toBe('青山高新区')
    expect(renamed.slug).toBe(zone.slug)
    await payload.delete({ collection: 'regions', id: zone.id, ...quiet })
  })
})

describe('merging places', () => {
  it('keeps a reporter from merging', async () => {
    const { status, json } = await restCall(payload, 'POST', `/api/regions/${duplicate.id}/merge`, { body: { into: town.id }, token: reporterToken })
    expect(status).toBe(403)
    expect(json.error).toBe('只有编辑可以合并地区 (only the desk merges places)')
    expect(await exists(duplicate.id)).toBe(true)
  })

  it.each([
    ['itself', () => duplicate.id, () => duplicate.id, '地区不能与自身合并'],
    [
      'another level',
      () => duplicate.id,
      () => qingshan.id,
      '只能合并同一层级的地区：“东风路街道办”是镇乡街道，“青山市”是市县区',
    ],
  ])('refuses a merge into %s, saying why', async (_case, from, into, reason) => {
    const { status, json } = await restCall(payload, 'POST', `/api/regions/${from()}/merge`, { body: { into: into() }, token: editorToken })
    expect(status).toBe(409)
    expect(String(json.error)).toContain(reason)
    expect(await exists(from())).toBe(true)
  })

  it('refuses to merge the coverage area away', async () => {
    const other = await region({ name: '云岭地区', level: 'prefecture' })
    const { status, json } = await restCall(payload, 'POST', `/api/regions/${prefecture.id}/merge`, { body: { into: other.id }, token: editorToken })
    expect(status).toBe(409)
    expect(json.error).toBe(
      '“云岭州”是报社的覆盖地区，不能被合并 (the coverage area cannot be merged away)',
    )
    await payload.delete({ collection: 'regions', id: other.id, ...quiet })
  })

  it('refuses a merge that would move a published story to another county, changing nothing', async () => {
    const { status, json } = await restCall(payload, 'POST', `/api/regions/${otherCountyTown.id}/merge`, { body: { into: town.id }, token: editorToken })
    expect(status).toBe(409)
    expect(json.error).toBe(
      '合并会改变1篇已发布稿件的所属县市和网址（河西新闻），请先在稿件中改选地区 (merging would move published stories to another county)',
    )
    expect(await exists(otherCountyTown.id)).toBe(true)
  })

  it('moves places, stories with every version, and photos to the place kept, then removes the other', async () => {
    const builds = () =>
      payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'buildSite' } } })
    const buildsBefore = (await builds()).totalDocs
    const changesOf = async (id: number) =>
      (
        await payload.count({
          collection: 'site-changes',
          where: { and: [{ kind: { equals: 'regions' } }, { docId: { equals: String(id) } }] },
        })
      ).totalDocs
    const changesBefore = await changesOf(duplicate.id)
    const { workflow } = await payload.findByID({
      collection: 'articles',
      id: live.id,
      draft: true,
    })
    const { status, json } = await restCall(payload, 'POST', `/api/regions/${duplicate.id}/merge`, { body: { into: town.id }, token: editorToken })
    expect(status).toBe(200)
    expect(json).toEqual({
      kept: { id: town.id, name: '东风路街道' },
      removed: { id: duplicate.id, name: '东风路街道办' },
      children: 1,
      stories: 2,
      photos: 1,
    })
    expect(await exists(duplicate.id)).toBe(false)

    const village = await payload.findByID({
      collection: 'regions',
      id: villageOfDuplicate.id,
      depth: 0,
    })
    expect(relationId(village.parent)).toBe(town.id)
    expect(relationId(village.county)).toBe(qingshan.id)

    const published = await payload.findByID({ collection: 'articles', id: live.id, depth: 0 })
    expect(regionIds(published)).toEqual([town.id, prefecture.id])
    expect(relationId(published.county)).toBe(qingshan.id)
    expect(published._status).toBe('published')
    // The newer draft keeps its edit, now tagged with the kept place.
    const latest = await payload.findByID({
      collection: 'articles',
      id: live.id,
      depth: 0,
      draft: true,
    })
    expect(latest.subtitle).toBe('修改中')
    expect(regionIds(latest)).toEqual([town.id, prefecture.id])
    const { docs: versions } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: live.id } },
      pagination: false,
      depth: 0,
    })
    expect(versions.length).toBeGreaterThan(1)
    for (const version of versions)
      expect(regionIds(version.version)).toEqual([town.id, prefecture.id])
    // A merge edits no text: nothing went back to review.
    expect(latest.workflow).toBe(workflow)

    const neverPublished = await payload.findByID({
      collection: 'articles',
      id: draft.id,
      depth: 0,
      draft: true,
    })
    expect(regionIds(neverPublished)).toEqual([town.id])

    const photo = await payload.findByID({ collection: 'media', id: photoId, depth: 0 })
    expect(relationId(photo.region)).toBe(town.id)

    // Removing a place is recorded for the next build, which re-reads its stories, and one is asked for.
    expect(await changesOf(duplicate.id)).toBe(changesBefore + 1)
    expect((await builds()).totalDocs).toBeGreaterThan(buildsBefore)
  })
})
