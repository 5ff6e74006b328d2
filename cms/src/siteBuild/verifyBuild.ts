import fs from 'node:fs'
import path from 'node:path'

import type { PublicSnapshot } from '../public/types'

/** What the site writes at /build-manifest.json: every story page it rendered. */
export type BuildManifest = {
  generatedAt: string
  stories: { type: 'article' | 'profile'; id: string; url: string }[]
}

export class BuildCheckError extends Error {}

/**
 * A build goes live only if it is whole: the site rendered exactly the stories the snapshot holds,
 * each at the URL it announced, and each page names its story. A template that silently drops a
 * story, or a build cut short, fails here and the live site stays as it was.
 */
export function verifyBuild(outDir: string, snapshot: PublicSnapshot): { pages: number } {
  const manifestFile = path.join(outDir, 'build-manifest.json')
  if (!fs.existsSync(manifestFile))
    throw new BuildCheckError('构建结果缺少 build-manifest.json (the build wrote no manifest)')
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BuildManifest
  const expected = new Set([
    ...snapshot.articles.map((a) => `article:${a.id}`),
    ...snapshot.profiles.map((p) => `profile:${p.id}`),
  ])
  const rendered = new Set(manifest.stories.map((s) => `${s.type}:${s.id}`))
  const missing = [...expected].filter((key) => !rendered.has(key))
  const extra = [...rendered].filter((key) => !expected.has(key))
  if (missing.length || extra.length || manifest.stories.length !== expected.size) {
    throw new BuildCheckError(
      `稿件数量不符：应有 ${expected.size} 篇，生成 ${manifest.stories.length} 篇` +
        ` (story count mismatch; missing ${missing.slice(0, 5).join(', ') || 'none'}, unexpected ${extra.slice(0, 5).join(', ') || 'none'})`,
    )
  }
  for (const story of manifest.stories) {
    const file = path.join(outDir, story.url, 'index.html')
    if (!file.startsWith(outDir) || !fs.existsSync(file)) {
      throw new BuildCheckError(
        `稿件页面缺失：${story.url} (no page for ${story.type} ${story.id})`,
      )
    }
    if (!fs.readFileSync(file, 'utf8').includes(`data-story="${story.type}:${story.id}"`)) {
      throw new BuildCheckError(
        `页面 ${story.url} 不是该稿件 (the page does not carry ${story.type} ${story.id})`,
      )
    }
  }
  return { pages: manifest.stories.length }
}
