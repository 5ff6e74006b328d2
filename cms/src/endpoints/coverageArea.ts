import { addDataAndFileToRequest, createLocalReq, type Endpoint } from 'payload'

import {
  AreaNotFoundError,
  type AreaDepth,
  loadDivisionArea,
  searchDivisions,
} from '../../../seeds/area/divisions'
import { setUpArea } from '../../../seeds/area/setUpArea'
import { BULK_WRITE_CONTEXT } from '../../../seeds/lib/allOrNothing'
import { Tally } from '../../../seeds/lib/tally'
import { checkRole } from '../access/checkRole'
import { requestSiteBuild } from '../siteBuild/queue'

const forbidden = () =>
  Response.json(
    { error: '只有管理员可以设置覆盖地区 (only admins set the coverage area)' },
    { status: 403 },
  )

/**
 * `GET /api/globals/paper-settings/divisions?q=伊犁` — prefectures and counties of the national
 * division data whose name or code matches, for 报社设置's coverage-area picker. Admins only.
 */
export const searchDivisionsEndpoint: Endpoint = {
  path: '/divisions',
  method: 'get',
  handler: (req) => {
    if (!checkRole(['admin'], req.user)) return forbidden()
    return Response.json({ docs: searchDivisions(String(req.searchParams.get('q') ?? '')) })
  },
}

/**
 * `POST /api/globals/paper-settings/area` `{ "code": "654000", "depth": "town" | "community" }` —
 * what `npm run area` does, from the admin: the region tree from the national data, made the
 * coverage area, then one build of the whole site. Answers the root and what was created or found.
 */
export const setUpAreaEndpoint: Endpoint = {
  path: '/area',
  method: 'post',
  handler: async (req) => {
    if (!checkRole(['admin'], req.user)) return forbidden()
    await addDataAndFileToRequest(req)
    const { code, depth = 'town' } = (req.data ?? {}) as { code?: unknown; depth?: unknown }
    if (typeof code !== 'string' || !['town', 'community'].includes(String(depth))) {
      return Response.json(
        {
          error:
            '请选择地区，层级为 town 或 community (give `code`, and `depth` town or community)',
        },
        { status: 400 },
      )
    }
    let area
    try {
      area = await loadDivisionArea(code, { depth: depth as AreaDepth })
    } catch (error) {
      if (!(error instanceof AreaNotFoundError)) throw error
      return Response.json({ error: error.message }, { status: 404 })
    }
    // Its own request: the bulk writes skip a build each, and the one build is asked for below.
    const bulk = await createLocalReq(
      { context: BULK_WRITE_CONTEXT, user: req.user ?? undefined },
      req.payload,
    )
    const tally = new Tally()
    const root = await setUpArea(
      {
        payload: req.payload,
        local: { req: bulk, overrideAccess: true, depth: 0, context: BULK_WRITE_CONTEXT },
      },
      tally,
      area,
    )
    await requestSiteBuild(req, { kind: 'all' }, `coverage area set to ${root.name}`)
    return Response.json({
      root: { id: root.id, name: root.name, code: root.code },
      counts: tally.counts,
    })
  },
}
