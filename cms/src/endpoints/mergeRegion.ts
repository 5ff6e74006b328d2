import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { isDeskUser } from '../access/checkRole'
import { MergeRefusedError, mergeRegions } from '../lib/mergeRegions'

/**
 * `POST /api/regions/:id/merge` `{ "into": <id> }` — the desk merges a place into the one that is
 * the same place (lib/mergeRegions.ts). Answers what moved; 403 for anyone but the desk, 400 without
 * `into`, 404 for a region that does not exist, 409 with the reason for a merge that must not happen.
 */
export const mergeRegionEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    if (!isDeskUser(req.user)) {
      return Response.json(
        { error: '只有编辑可以合并地区 (only the desk merges places)' },
        { status: 403 },
      )
    }
    await addDataAndFileToRequest(req)
    const into = (req.data as { into?: unknown } | undefined)?.into
    if (typeof into !== 'string' && typeof into !== 'number') {
      return Response.json(
        { error: '请选择要保留的地区 (give `into`: the region to keep)' },
        { status: 400 },
      )
    }
    try {
      return Response.json(await mergeRegions(req, String(req.routeParams?.id), into))
    } catch (error) {
      if (!(error instanceof MergeRefusedError)) throw error
      return Response.json({ error: error.message }, { status: error.status })
    }
  },
}
