/**
 * Screenshots of a built site for a person to look at, at a phone's and a desktop's width, and a
 * check that Chinese search works in a real browser. Serves the folder on 127.0.0.1 for the run.
 *   npx tsx site/scripts/screenshots.ts <built site> [out dir]
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { chromium } from 'playwright-core'

const [siteDir = 'site/dist', outDir = 'test-results/screenshots'] = process.argv.slice(2)
const root = path.resolve(siteDir)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
}

const server = http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  let file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
  if (
    !file.startsWith(root + path.sep) ||
    !fs.existsSync(file) ||
    fs.statSync(file).isDirectory()
  ) {
    file = path.join(root, '404.html')
    res.statusCode = 404
  }
  res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream')
  fs.createReadStream(file).pipe(res)
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'build-manifest.json'), 'utf8')) as {
  stories: { type: string; url: string }[]
}
const article = manifest.stories.find((s) => s.type === 'article' && s.url.includes('nuan-tian'))
const profile = manifest.stories.find((s) => s.type === 'profile')
const pages: Record<string, string> = {
  home: '/',
  county: '/changji-shi/',
  story: article?.url ?? manifest.stories[0].url,
  profile: profile?.url ?? '/profiles/',
  edition: '/editions/2025-12-10/',
  contributor: '/contributors/wangzhengjia/',
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
try {
  fs.mkdirSync(outDir, { recursive: true })
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(origin + url, { waitUntil: 'load' })
      // Lazy images load only near the viewport: walk down the page so the full shot has them all.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y)
          await new Promise((r) => setTimeout(r, 50))
        }
        window.scrollTo(0, 0)
      })
      await page.waitForLoadState('networkidle')
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      if (overflow > 0) console.warn(`${name} @${width}: ${overflow}px horizontal overflow`)
      await page.screenshot({ path: path.join(outDir, `${name}-${width}.png`), fullPage: true })
    }
    await page.close()
  }

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${origin}/search/`)
  await page.fill('.pagefind-ui__search-input', '供水')
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 })
  const results = await page.$$eval('.pagefind-ui__result-link', (links) =>
    links.map((a) => a.textContent?.trim()),
  )
  console.log(`search 供水 → ${JSON.stringify(results)}`)
  await page.screenshot({ path: path.join(outDir, 'search-1280.png'), fullPage: true })
} finally {
  await browser.close()
  server.close()
}
