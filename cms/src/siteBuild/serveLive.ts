import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

/** The file a URL path names inside the build, or null when it names nothing (or escapes it). */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null
  }
  const candidate = path.join(root, path.normalize(decoded))
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null
  const stat = fs.statSync(candidate, { throwIfNoEntry: false })
  if (stat?.isFile()) return candidate
  const index = path.join(candidate, 'index.html')
  return stat?.isDirectory() && fs.existsSync(index) ? index : null
}

/**
 * Serves the live site as plain files, the way nginx or a CDN would in production. The `live`
 * symlink is resolved on every request, so a swapped build is served from the next request on and
 * a request never mixes two builds.
 */
export function serveLive(liveLink: string): http.Server {
  return http.createServer((req, res) => {
    let root: string
    try {
      root = fs.realpathSync(liveLink)
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('网站尚未构建 (the site has not been built yet)')
      return
    }
    const urlPath = req.url ?? '/'
    const file = resolveFile(root, urlPath)
    if (!file && !urlPath.endsWith('/') && resolveFile(root, `${urlPath}/`)) {
      res.writeHead(301, { location: `${urlPath}/` })
      res.end()
      return
    }
    const target = file ?? path.join(root, '404.html')
    const status = file ? 200 : 404
    const hashed = file?.includes(`${path.sep}_astro${path.sep}`)
    res.writeHead(status, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      // Fingerprinted assets never change; pages must be revalidated so a publish shows at once.
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    })
    if (req.method === 'HEAD') return void res.end()
    fs.createReadStream(target)
      .on('error', () => res.end())
      .pipe(res)
  })
}
