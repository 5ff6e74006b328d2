/**
 * The CMS's production server: Next.js (the admin, Payload's API) behind a front path that repeats
 * cached anonymous API reads without entering Next (cms/src/responseCache/serveFromCache.ts). It is
 * what `npm start`, the benchmark and the browser tests run, in place of `next start cms`, with the
 * same options: `tsx scripts/cmsServer.ts --hostname 127.0.0.1 --port 3000`.
 */
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import next from 'next'

import { projectRoot } from '../cms/src/projectRoot'
import { serveFromCache } from '../cms/src/responseCache/serveFromCache'

const { values } = parseArgs({
  options: { hostname: { type: 'string', default: '127.0.0.1' }, port: { type: 'string' } },
})
const hostname = values.hostname
const port = Number(values.port || process.env.CMS_PORT || 3000)

const app = next({ dir: path.join(projectRoot, 'cms'), dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

http
  .createServer((request, response) => {
    if (serveFromCache(request, response)) return
    void handle(request, response)
  })
  .listen(port, hostname, () => console.log(`CMS listening on http://${hostname}:${port}`))
