/**
 * 报社设置's coverage-area picker, through the REST endpoints its admin component calls: searching
 * the national division data, and setting up the region tree from it as `npm run area` does.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadDivisionArea } from '../../seeds/area/divisions'
import { restGet, restCall, tokenFor } from '../helpers/api'
import { createNewsroom } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'

let cms: TestCMS
let payload: Payload
let adminToken: string
let editorToken: string

const BASE = '/api/globals/paper-settings'

/** 伊宁县 down to its towns, as an admin picks it. */
const setUpYining = () =>
  restCall(payload, 'POST', `${BASE}/area`, { body: { code: '654021', depth: 'town' }, token: adminToken })

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  const { admin, editor } = await createNewsroom(payload)
  adminToken = await tokenFor(payload, admin.email)
  editorToken = await tokenFor(payload, editor.email)
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('the coverage-area picker', () => {
  it('finds prefectures and counties by name, telling namesakes apart', async () => {
    const { status, json } = await restGet(payload, `${BASE}/divisions?q=伊犁`, adminToken)
    expect(status).toBe(200)
    expect(json.docs).toEqual([
      { code: '654000', name: '伊犁哈萨克自治州', level: 'prefecture', within: '新疆维吾尔自治区' },
    ])
    const chaoyang = await restGet(payload, `${BASE}/divisions?q=朝阳区`, adminToken)
    expect(chaoyang.json.docs).toEqual([
      { code: '110105', name: '朝阳区', level: 'county', within: '北京市' },
      { code: '220104', name: '朝阳区', level: 'county', within: '吉林省 长春市' },
    ])
  })

  it('is for admins only', async () => {
    const search = await restGet(payload, `${BASE}/divisions?q=伊犁`, editorToken)
    expect(search.status).toBe(403)
    expect(search.json.error).toBe('只有管理员可以设置覆盖地区 (only admins set the coverage area)')
    const setUp = await restCall(payload, 'POST', `${BASE}/area`, { body: { code: '654021' }, token: editorToken })
    expect(setUp.status).toBe(403)
    expect(await payload.count({ collection: 'regions' })).toMatchObject({ totalDocs: 0 })
  })

  it('refuses a code that names no division, creating nothing', async () => {
    const { status, json } = await restCall(payload, 'POST', `${BASE}/area`, { body: { code: '999999' }, token: adminToken })
    expect(status).toBe(404)
    expect(json.error).toBe(
      '全国区划数据中没有“999999”，请写州（市）或区县的全称或区划代码，如“伊犁哈萨克自治州”或“654021” (no prefecture or county of that name or code)',
    )
    expect(await payload.count({ collection: 'regions' })).toMatchObject({ totalDocs: 0 })
  })

  it('sets up the region tree from the data, as `npm run area` does, and rebuilds the site once', async () => {
    const area = await loadDivisionArea('654021', { depth: 'town' })
    const { status, json } = await setUpYining()
    expect(status).toBe(200)
    expect(json.root).toMatchObject({ name: '伊宁县', code: '654021' })
    expect(json.counts).toEqual({ regions: { created: area.places.length, matched: 0 } })
    const { docs } = await payload.find({ collection: 'regions', pagination: false, depth: 0 })
    expect(docs.map((r) => r.code).sort()).toEqual(area.places.map((p) => p.code).sort())
    const town = docs.find((r) => r.name === '吉里于孜镇')
    expect(town).toMatchObject({ level: 'town', parent: (json.root as { id: number }).id })
    const settings = await payload.findGlobal({ slug: 'paper-settings', depth: 0 })
    expect(settings.area).toBe((json.root as { id: number }).id)
    const builds = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
    })
    expect(builds.totalDocs).toBe(1)
  })

  it('keeps what editors changed when run again', async () => {
    const { docs } = await payload.find({
      collection: 'regions',
      where: { name: { equals: '吉里于孜镇' } },
      depth: 0,
    })
    await payload.update({
      collection: 'regions',
      id: docs[0].id,
      data: { name: '吉里于孜' },
      context: { skipSiteBuild: true },
    })
    const { status, json } = await setUpYining()
    expect(status).toBe(200)
    expect((json.counts as { regions: { created: number } }).regions.created).toBe(0)
    const renamed = await payload.findByID({ collection: 'regions', id: docs[0].id, depth: 0 })
    expect(renamed.name).toBe('吉里于孜')
  })
})
