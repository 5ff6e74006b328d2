import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { env } from '../env'
import { loadPublicContent, type PreviewStory } from '../public/loadPublicContent'
import { astroBuild } from './astroBuild'
import { sitePaths } from './paths'
import type { BuildManifest } from './verifyBuild'

const BANNER =
  '<div role="note" style="position:sticky;top:0;z-index:9;background:#7a1c1c;color:#fff;padding:.5em 1em;font:14px/1.5 sans-serif">' +
  '预览：此稿件尚未发布，读者看不到本页 (preview: not published)</div>'

/**
 * A self-contained page: stylesheets inlined and photos pointed at the CMS's own file route, so the
 * preview renders from the CMS origin without the draft's files ever reaching the public site.
 */
function selfContained(html: string, outDir: string): string {
  return html
    .replace(
      /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"\s*\/?>/g,
      (tag, href: string) => {
        const file = path.join(outDir, href)
        return fs.existsSync(file) ? `<style>${fs.readFileSync(file, 'utf8')}</style>` : tag
      },
    )
    .replace(/(["\s,])\/media\//g, '$1/api/media/file/')
    .replace('<head>', '<head><meta name="robots" content="noindex">')
    .replace(/<body([^>]*)>/, `<body$1>${BANNER}`)
}

/**
 * Renders a draft with the public site's own templates: a one-story site is built from a snapshot
 * holding just this draft. Builds are cached by the draft's last save, so reloading is instant.
 */
export async function renderPreview(payload: Payload, story: PreviewStory): Promise<string> {
  const doc: Article | Profile = story.doc
  const key = crypto
    .createHash('sha256')
    .update(`${story.collection}:${doc.id}:${doc.updatedAt}`)
    .digest('hex')
    .slice(0, 16)
  const dir = path.join(sitePaths().root, 'previews', key)
  const outDir = path.join(dir, 'out')
  if (!fs.existsSync(path.join(outDir, 'build-manifest.json'))) {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    const snapshotFile = path.join(dir, 'snapshot.json')
    fs.writeFileSync(
      snapshotFile,
      JSON.stringify(await loadPublicContent(payload, { preview: story })),
    )
    await astroBuild(env.siteSourceDir, outDir, {
      COUNTY_NEWS_SNAPSHOT: snapshotFile,
      MEDIA_DIR: env.mediaDir,
      SITE_URL: env.siteURL,
      ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
      // The photos are served by the CMS: the preview copies none.
      COUNTY_NEWS_SKIP_MEDIA: '1',
    })
  }
  const manifest = JSON.parse(
    fs.readFileSync(path.join(outDir, 'build-manifest.json'), 'utf8'),
  ) as BuildManifest
  const entry = manifest.stories[0]
  if (!entry) throw new Error('预览未生成页面 (the preview build rendered no story page)')
  return selfContained(fs.readFileSync(path.join(outDir, entry.url, 'index.html'), 'utf8'), outDir)
}
