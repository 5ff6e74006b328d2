import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { env } from '../env'
import { writeStoreFromSnapshot } from '../publicContent/store'
import { loadPublicContent, type PreviewStory } from '../publicContent/loadPublicContent'
import { runPreview } from './runBuilder'
import { sitePaths } from './paths'
import { siteAddress } from './siteAddress'

const BANNER =
  '<div role="note" style="position:sticky;top:0;z-index:9;background:#7a1c1c;color:#fff;padding:.5em 1em;font:14px/1.5 sans-serif">' +
  '预览：此稿件尚未发布，读者看不到本页 (preview: not published)</div>'

/**
 * A self-contained page: stylesheets inlined and photos pointed at the CMS's own file route, so the
 * preview renders from the CMS origin without the draft's files ever reaching the public site.
 */
function selfContained(html: string, clientDir: string): string {
  return html
    .replace(
      /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"\s*\/?>/g,
      (tag, href: string) => {
        const file = path.join(clientDir, href)
        return fs.existsSync(file) ? `<style>${fs.readFileSync(file, 'utf8')}</style>` : tag
      },
    )
    .replace(/(["\s,])\/media\//g, '$1/api/media/file/')
    .replace('<head>', '<head><meta name="robots" content="noindex">')
    .replace(/<body([^>]*)>/, `<body$1>${BANNER}`)
}

/**
 * Renders a draft with the public site's own templates, from a store holding just this draft.
 * Cached by the draft's last save, so reloading is instant.
 */
export async function renderPreview(payload: Payload, story: PreviewStory): Promise<string> {
  const doc: Article | Profile = story.doc
  const key = crypto
    .createHash('sha256')
    .update(`${story.collection}:${doc.id}:${doc.updatedAt}`)
    .digest('hex')
    .slice(0, 16)
  const paths = sitePaths()
  const dir = path.join(paths.root, 'previews', key)
  const page = path.join(dir, 'page.html')
  if (!fs.existsSync(page)) {
    fs.rmSync(dir, { recursive: true, force: true })
    const storeDir = path.join(dir, 'store')
    const snapshot = await loadPublicContent(payload, { preview: story })
    writeStoreFromSnapshot(snapshot, storeDir)
    const { html, clientDir } = await runPreview({
      storeDir,
      siteRoot: env.siteSourceDir,
      siteUrl: siteAddress(snapshot.paper, env),
      now: new Date().toISOString(),
    })
    fs.writeFileSync(`${page}.tmp`, selfContained(html, clientDir))
    fs.renameSync(`${page}.tmp`, page)
  }
  return fs.readFileSync(page, 'utf8')
}
