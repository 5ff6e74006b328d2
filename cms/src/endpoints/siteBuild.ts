import type { Endpoint } from 'payload'

import { isDeskUser } from '../access/checkRole'
import { sitePaths } from '../siteBuild/paths'
import { requestSiteBuild } from '../siteBuild/queue'
import { getSiteBuildStatus } from '../siteBuild/status'
import { rollback } from '../siteBuild/swapLive'

const forbidden = () => Response.json({ error: '无权访问 (forbidden)' }, { status: 403 })

/** GET /api/site-build — the newsroom sees when the site was built, how it went, what is queued. */
export const siteBuildStatusEndpoint: Endpoint = {
  path: '/site-build',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return forbidden()
    return Response.json(await getSiteBuildStatus(req.payload))
  },
}

/** POST /api/site-build — the desk asks for a rebuild without changing content. */
export const requestSiteBuildEndpoint: Endpoint = {
  path: '/site-build',
  method: 'post',
  handler: async (req) => {
    if (!isDeskUser(req.user)) return forbidden()
    await requestSiteBuild(req, { kind: 'all' }, `requested by ${req.user?.email}`)
    return Response.json(await getSiteBuildStatus(req.payload), { status: 202 })
  },
}

/** POST /api/site-build/rollback — puts the previous build back live at once. */
export const rollbackSiteEndpoint: Endpoint = {
  path: '/site-build/rollback',
  method: 'post',
  handler: (req) => {
    if (!isDeskUser(req.user)) return forbidden()
    try {
      return Response.json({ live: rollback(sitePaths()) })
    } catch (error) {
      return Response.json({ error: (error as Error).message }, { status: 409 })
    }
  },
}
