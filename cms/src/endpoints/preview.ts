import type { Endpoint } from 'payload'

import { isDeskUser } from '../access/checkRole'
import { relationId } from '../lib/relationId'
import { renderPreview } from '../siteBuild/renderPreview'

const COLLECTIONS = new Set(['articles', 'profiles'])

/**
 * GET /api/preview/:collection/:id — the latest draft as readers would see it. Only the desk and
 * the reporter who filed it may look; anyone else gets the same 404 as for a story that does not
 * exist, so a preview URL reveals nothing.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection)
    const id = String(req.routeParams?.id)
    const notFound = () => new Response('Not found', { status: 404 })
    if (!req.user || !COLLECTIONS.has(collection)) return notFound()
    const doc = await req.payload
      .findByID({
        collection: collection as 'articles',
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!doc) return notFound()
    if (!isDeskUser(req.user) && relationId(doc.createdBy) !== req.user.id) return notFound()
    try {
      const html = await renderPreview(req.payload, { collection: collection as 'articles', doc })
      return new Response(html, {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'private, no-store',
          'x-robots-tag': 'noindex',
        },
      })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'preview failed')
      return new Response(
        `预览生成失败 (the preview could not be rendered): ${(error as Error).message}`,
        {
          status: 500,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        },
      )
    }
  },
}
